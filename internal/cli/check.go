package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// NewCheckCmd is the `claimdiff check` command (not written yet).
func NewCheckCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "(check: not written yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("check: not written yet")
		},
	}
}
