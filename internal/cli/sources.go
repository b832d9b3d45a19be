package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// NewSourcesCmd is the `claimdiff sources` command (not written yet).
func NewSourcesCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "sources",
		Short: "(sources: not written yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("sources: not written yet")
		},
	}
}
