package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// NewClaimsCmd is the `claimdiff claims` command (not written yet).
func NewClaimsCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "claims",
		Short: "(claims: not written yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("claims: not written yet")
		},
	}
}
