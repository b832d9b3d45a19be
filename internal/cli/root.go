// Package cli holds claimdiff's cobra commands: one file per subcommand, each
// with an options struct, a constructor and a run function.
package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/claimdiff/claimdiff/internal/buildinfo"
	"github.com/spf13/cobra"
)

// Main runs claimdiff on the process's own arguments and streams, with a
// context that Ctrl-C (or SIGTERM) cancels, and returns the exit code.
func Main() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second Ctrl-C ends the process at once
	}()
	return RunContext(ctx, os.Args[1:], System())
}

// Run executes claimdiff with args on the given streams and returns the exit
// code. It is the one place that prints errors and picks exit codes.
func Run(args []string, io *IOStreams) int {
	return RunContext(context.Background(), args, io)
}

// interruptGrace is how long a command may take to stop by itself once
// its context is cancelled: the store commands roll back their
// transaction; a command busy reading or comparing is left behind.
const interruptGrace = 2 * time.Second

// RunContext is Run with a context: when it is cancelled (Ctrl-C), the
// command stops, leaving no source half-stored, and RunContext returns
// ExitInterrupted.
func RunContext(ctx context.Context, args []string, io *IOStreams) int {
	done := make(chan int, 1)
	go func() { done <- execute(ctx, args, io) }()
	select {
	case code := <-done:
		if ctx.Err() == nil {
			return code
		}
	case <-ctx.Done():
		select {
		case <-done:
		case <-time.After(interruptGrace):
		}
	}
	fmt.Fprintln(io.ErrOut, "claimdiff: interrupted")
	return ExitInterrupted
}

func execute(ctx context.Context, args []string, io *IOStreams) int {
	root := NewRootCmd(io)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return ExitOK
	}
	if ctx.Err() != nil {
		return ExitInterrupted // RunContext says so
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && !errors.Is(ee.err, errFindings) {
			printError(io.ErrOut, ee.err)
		}
		return ee.code
	}
	printError(io.ErrOut, err)
	var ue *usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		// The help of the command that was run, not the root's.
		path := "claimdiff"
		if cmd != nil {
			path = cmd.CommandPath()
		}
		fmt.Fprintf(io.ErrOut, "Run '%s --help' for usage.\n", path)
	}
	return ExitError
}

// globalOptions are the flags every command takes.
type globalOptions struct {
	Color    string // --color: auto, always or never
	Quiet    bool   // -q: no progress, no summary lines
	Config   string // --config: the configuration file, instead of finding one
	NoConfig bool   // --no-config: no configuration file
}

// NewRootCmd builds the command tree.
func NewRootCmd(io *IOStreams) *cobra.Command {
	g := &globalOptions{}
	root := &cobra.Command{
		Use:   "claimdiff",
		Short: "Find where news sources agree and disagree on facts and figures",
		Long: `claimdiff reads several articles about one story, extracts the factual
claims they make (counts of people, money, percentages, dates), decides which
claims speak of the same fact, and shows where the sources agree and disagree.

Settings shared by a team (tolerance, threshold, fail-on, exclude) live in
.claimdiff.yaml, found in the working directory or the nearest one above it;
flags override it.`,
		Version:       buildinfo.Version(),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(_ *cobra.Command, _ []string) error {
			switch g.Color {
			case ColorAuto, ColorAlways, ColorNever:
			default:
				return &usageError{fmt.Errorf("--color %q: want auto, always or never", g.Color)}
			}
			io.ColorMode, io.Quiet = g.Color, g.Quiet
			return nil
		},
	}
	root.SetVersionTemplate("claimdiff {{.Version}}\n")
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&g.Color, "color", ColorAuto, "colour `when`: auto (on a terminal, unless NO_COLOR is set; CLICOLOR_FORCE forces it), always or never")
	pf.BoolVarP(&g.Quiet, "quiet", "q", false, "no progress and no summary lines on standard error (errors and warnings are still printed)")
	pf.StringVar(&g.Config, "config", "", "read settings from this `file` instead of the .claimdiff.yaml found from the working directory up")
	pf.BoolVar(&g.NoConfig, "no-config", false, "read no configuration file")
	completeValues(root, "color", ColorAuto, ColorAlways, ColorNever)
	root.AddCommand(
		NewExtractCmd(io),
		NewCompareCmd(io),
		NewIngestCmd(io),
		NewSourcesCmd(io),
		NewStoriesCmd(io),
		NewClaimsCmd(io),
		NewExportCmd(io),
		NewImportCmd(io),
		NewHistoryCmd(io),
		NewCheckCmd(io),
		NewReportCmd(io),
		NewVersionCmd(io),
	)
	return root
}

// NewVersionCmd is `claimdiff version`: what --version prints.
func NewVersionCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print claimdiff's version",
		Long: `Version prints claimdiff's version, from the build information the Go
toolchain records: the module version of "go install ...@v1.2.0", the
version "go build" derives from the repository's tag or commit, or the
commit. The same version names the tool in SARIF output and is part of the
stamp stored claims carry.`,
		Args: cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(io.Out, "claimdiff "+buildinfo.Version())
			return err
		},
	}
}

// completeValues makes the shell complete a flag's value from a fixed list.
func completeValues(cmd *cobra.Command, flag string, values ...string) {
	err := cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
	if err != nil {
		panic(err) // a flag name misspelt here
	}
}

// isCobraUsage reports the errors cobra makes of a command line it cannot
// read: an unknown command, a wrong number of arguments.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "accepts ", "requires at least", "requires at most", "unknown flag", "unknown shorthand"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
