package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// NewIngestCmd is the `claimdiff ingest` command (not written yet).
func NewIngestCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "ingest",
		Short: "(ingest: not written yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("ingest: not written yet")
		},
	}
}
