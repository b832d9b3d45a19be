package cli

import (
	"context"
	"fmt"

	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/render"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// compareOptions are the flags of `claimdiff compare`.
type compareOptions struct {
	Inputs        inputOptions
	Format        string // --format: table, json or markdown
	OnlyConflicts bool   // --only-conflicts
	Explain       bool   // --explain: each conflict's evidence
	Compare       comparison
}

// comparison is the flags that tune the comparison of claims, the same in
// compare, report and check; the configuration file sets them too.
type comparison struct {
	Tolerance float64 // --tolerance: relative slack for hedged figures
	Threshold float64 // --threshold: no longer used (facts are defined by their frames); kept so that scripts do not break
}

func (c *comparison) addFlags(fs *pflag.FlagSet) {
	fs.Float64Var(&c.Tolerance, "tolerance", compare.DefaultTolerance.Approx, "relative slack for hedged figures (\"about\", \"nearly\"): 0.1 is 10%")
	fs.Float64Var(&c.Threshold, "threshold", 0, "no longer used: claims are one fact when they share a frame")
	_ = fs.MarkHidden("threshold")
}

// thresholdNote is what a run that was given a threshold says on standard
// error: it no longer changes anything.
const thresholdNote = "claimdiff: the threshold is no longer used: claims are one fact when they share a frame (event, measure, scope, period)"

// note reports a setting that no longer changes anything.
func (c comparison) note(io *IOStreams) {
	if c.Threshold != 0 {
		fmt.Fprintln(io.ErrOut, thresholdNote)
	}
}

// options checks the flags and returns what they ask of compare.Compare,
// and the tolerance alone (the report quotes it).
func (c comparison) options() (compare.Options, mention.Tolerance, error) {
	tol := compare.DefaultTolerance
	tol.Approx = c.Tolerance
	if c.Tolerance < 0 {
		return compare.Options{}, tol, &usageError{fmt.Errorf("--tolerance %v: want 0 or more", c.Tolerance)}
	}
	return compare.Options{Tolerance: &tol}, tol, nil
}

// NewCompareCmd is the `claimdiff compare` command.
func NewCompareCmd(io *IOStreams) *cobra.Command {
	o := &compareOptions{}
	cmd := &cobra.Command{
		Use:   "compare [FILE|DIR|URL|-]...",
		Short: "Show where sources agree and disagree on facts and figures",
		Long: `Compare extracts the claims of every source, groups the claims that speak
of the same fact, and prints one row per fact: its status (conflict, agree,
single), what it is about, what it measures, and each distinct value with
the sources that give it. Conflicts come first, the most serious on top.

--explain adds each conflict's evidence: the quoted sentences with
file:line, and a word diff of the two closest sentences on opposite sides.

compare reports and exits 0; use "claimdiff check" to fail a CI job.`,
		Example: `  claimdiff compare testdata/quake/
  claimdiff compare --explain --only-conflicts a.txt b.txt c.html
  claimdiff compare --format json articles/ > findings.json
  claimdiff compare --store claims.db`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := configure(cmd, &o.Inputs, &o.Compare); err != nil {
				return err
			}
			return runCompare(cmd.Context(), io, o, args)
		},
	}
	fs := cmd.Flags()
	o.Inputs.addFlags(fs)
	o.Inputs.addStoreFlags(fs)
	o.Inputs.addStoryFlag(fs)
	fs.StringVarP(&o.Format, "format", "f", string(render.Table), "output `format`: table, json or markdown")
	fs.BoolVar(&o.OnlyConflicts, "only-conflicts", false, "list conflicts only (the summary still counts everything)")
	fs.BoolVar(&o.Explain, "explain", false, "show each conflict's quoted sentences and a word diff of the closest two")
	o.Compare.addFlags(fs)
	completeValues(cmd, "format", string(render.Table), string(render.JSON), string(render.Markdown))
	return cmd
}

func runCompare(ctx context.Context, io *IOStreams, o *compareOptions, args []string) error {
	format, err := render.ParseFormat(o.Format, render.Table, render.JSON, render.Markdown)
	if err != nil {
		return &usageError{fmt.Errorf("--format: %w", err)}
	}
	copt, _, err := o.Compare.options()
	o.Compare.note(io)
	if err != nil {
		return err
	}
	l, err := load(ctx, io, args, o.Inputs)
	if err != nil {
		return err
	}
	l.claimsUsedOnce = true // compare prints findings, never the claims themselves
	findings, err := compareClaims(ctx, io, l, copt)
	if err != nil {
		return err
	}
	opt := render.Options{
		Format:        format,
		TTY:           io.OutTTY,
		Color:         io.Color(),
		Width:         outWidth(io),
		Explain:       o.Explain,
		OnlyConflicts: o.OnlyConflicts,
	}
	set := render.FindingSet{Sources: render.SourcesOf(l.Docs), Findings: findings}
	if err := render.Findings(io.Out, set, opt); err != nil {
		return fmt.Errorf("write findings: %w", err)
	}
	if io.SummaryToErr() {
		fmt.Fprintln(io.ErrOut, render.CountFindings(set).String())
	}
	return l.inputFailure()
}
