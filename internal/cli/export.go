package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// NewExportCmd is the `claimdiff export` command (not written yet).
func NewExportCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "export",
		Short: "(export: not written yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("export: not written yet")
		},
	}
}
