// Package cli holds claimdiff's cobra commands: one file per subcommand, each
// with an options struct, a constructor and a run function.
package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

// Version is set at build time with -ldflags "-X ...cli.Version=...".
var Version = "dev"

// Run executes claimdiff with args on the given streams and returns the exit
// code. It is the one place that prints errors and picks exit codes.
func Run(args []string, io *IOStreams) int {
	root := NewRootCmd(io)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && !errors.Is(ee.err, errFindings) {
			fmt.Fprintln(io.ErrOut, "claimdiff: "+ee.err.Error())
		}
		return ee.code
	}
	fmt.Fprintln(io.ErrOut, "claimdiff: "+err.Error())
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(io.ErrOut, "Run 'claimdiff --help' for usage.")
	}
	return ExitError
}

// NewRootCmd builds the command tree.
func NewRootCmd(io *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "claimdiff",
		Short: "Find where news sources agree and disagree on facts and figures",
		Long: `claimdiff reads several articles about one story, extracts the factual
claims they make (counts of people, money, percentages, dates), decides which
claims speak of the same fact, and shows where the sources agree and disagree.`,
		Version:       Version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.AddCommand(
		NewExtractCmd(io),
		NewCompareCmd(io),
		NewIngestCmd(io),
		NewSourcesCmd(io),
		NewClaimsCmd(io),
		NewExportCmd(io),
		NewImportCmd(io),
		NewCheckCmd(io),
		NewReportCmd(io),
	)
	return root
}
