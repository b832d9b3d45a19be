package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// NewExtractCmd is the `claimdiff extract` command (not written yet).
func NewExtractCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "extract",
		Short: "(extract: not written yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("extract: not written yet")
		},
	}
}
