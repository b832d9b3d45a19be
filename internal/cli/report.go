package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// NewReportCmd is the `claimdiff report` command (not written yet).
func NewReportCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "report",
		Short: "(report: not written yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("report: not written yet")
		},
	}
}
