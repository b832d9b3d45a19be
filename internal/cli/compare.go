package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// NewCompareCmd is the `claimdiff compare` command (not written yet).
func NewCompareCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "compare",
		Short: "(compare: not written yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("compare: not written yet")
		},
	}
}
