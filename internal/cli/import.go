package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// NewImportCmd is the `claimdiff import` command (not written yet).
func NewImportCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "import",
		Short: "(import: not written yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("import: not written yet")
		},
	}
}
