package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/claimdiff/claimdiff/internal/render"
	"github.com/claimdiff/claimdiff/internal/report"
	"github.com/spf13/cobra"
)

// reportOptions are the flags of `claimdiff report`.
type reportOptions struct {
	Inputs   inputOptions
	Output   string   // -o: write here instead of standard output
	MaxBytes byteSize // --max-bytes: fold sections to stay under this size; 0 is no limit
	Title    string   // --title
	Date     string   // --date: a date to print under the title ("today" for today's, UTC)
	Compare  comparison
}

// NewReportCmd is the `claimdiff report` command.
func NewReportCmd(io *IOStreams) *cobra.Command {
	o := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report [FILE|DIR|URL|-]... [-o report.md]",
		Short: "Write a Markdown report of where sources agree and disagree",
		Long: `Report compares the sources like "claimdiff compare" and writes a
GitHub-flavoured Markdown document to read and publish: a summary, a table
of the disagreements most serious first, each one's evidence (quoted
sentences with file:line and a word diff) in a collapsible section, a
timeline of the dated events, an inventory of the sources, the agreed facts
and a note on the method.

Text from the articles is escaped, so it cannot break the report's tables or
inject links or HTML. --max-bytes keeps the report under a size (GitHub's
job summary takes 1 MiB) by folding the least serious sections first: the
agreed facts, the single-source facts, then the least serious conflicts'
evidence; the report says what it left out. The output is byte-stable: it
carries no timestamp unless --date is given.`,
		Example: `  claimdiff report testdata/quake/ -o report.md
  claimdiff report --store claims.db --title "Quake coverage" --date today
  claimdiff report articles/ --max-bytes 1048576 >> "$GITHUB_STEP_SUMMARY"`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := configure(cmd, &o.Inputs, &o.Compare); err != nil {
				return err
			}
			return runReport(cmd.Context(), io, o, args)
		},
	}
	fs := cmd.Flags()
	o.Inputs.addFlags(fs)
	o.Inputs.addStoreFlags(fs)
	o.Inputs.addStoryFlag(fs)
	fs.StringVarP(&o.Output, "output", "o", "", "write the report to this `file` instead of standard output")
	fs.Var(&o.MaxBytes, "max-bytes", "fold the least serious sections to keep the report under this `size` (bytes, or 1MiB, 500kB; 0: no limit)")
	fs.StringVar(&o.Title, "title", "", "the report's `title`")
	fs.StringVar(&o.Date, "date", "", "print this `date` (YYYY-MM-DD, or \"today\") under the title")
	o.Compare.addFlags(fs)
	return cmd
}

func runReport(ctx context.Context, io *IOStreams, o *reportOptions, args []string) error {
	copt, tol, err := o.Compare.options()
	o.Compare.note(io)
	if err != nil {
		return err
	}
	date := o.Date
	switch {
	case date == "today":
		date = time.Now().UTC().Format("2006-01-02")
	case date != "":
		if _, err := time.Parse("2006-01-02", date); err != nil {
			return &usageError{fmt.Errorf("--date %q: want a date like 2025-07-15, or today", date)}
		}
	}
	l, err := load(ctx, io, args, o.Inputs)
	if err != nil {
		return err
	}
	findings, err := compareClaims(ctx, io, l, copt)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	in := report.Input{Docs: l.Docs, Claims: l.Claims, Findings: findings}
	if err := report.Write(&b, in, report.Options{Title: o.Title, Tolerance: tol, MaxBytes: int(o.MaxBytes), Date: date}); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	toFile := o.Output != "" && o.Output != "-"
	if !toFile {
		if _, err := io.Out.Write(b.Bytes()); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	} else if err := writeFileAtomic(o.Output, b.Bytes()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	// the summary line, for someone at a terminal: the report went to a
	// file or a pipe
	if io.ErrTTY && !io.Quiet && (toFile || !io.OutTTY) {
		counts := render.CountFindings(render.FindingSet{Sources: render.SourcesOf(l.Docs), Findings: findings})
		where := ""
		if toFile {
			where = "wrote " + o.Output + ": "
		}
		printNote(io.ErrOut, "%s", where+counts.String())
	}
	return l.inputFailure()
}

// writeFileAtomic writes data to path through a temporary file beside it,
// so that an interrupted run leaves the old file or the new one, never half
// of one.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a rename, there is nothing left to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
