package check

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/internal/output"
)

// summaryLimit keeps the Markdown summary under GitHub's 1 MiB limit for a
// step's summary, with room for the closing lines.
const summaryLimit = SummaryMax - 4<<10

// SummaryMax is the most GitHub takes in one step's summary file,
// $GITHUB_STEP_SUMMARY: 1 MiB, counting what earlier steps of the job's
// step wrote to it.
const SummaryMax = 1 << 20

// WriteSummary writes the Markdown summary to a file that already holds
// held bytes (appending to $GITHUB_STEP_SUMMARY), leaving out the rows that
// would take the file past SummaryMax. When not even the heading fits it
// writes nothing and returns ErrSummaryFull: GitHub would refuse the file.
func WriteSummary(w io.Writer, r *Result, held int64) error {
	if held > summaryLimit {
		return fmt.Errorf("%w: it holds %d bytes already, GitHub takes %d", ErrSummaryFull, held, SummaryMax)
	}
	return writeSummary(w, r, summaryLimit-int(held))
}

// ErrSummaryFull says a step summary file has no room left for the check's.
var ErrSummaryFull = errors.New("no room in the step summary")

// writeSummary writes a Markdown report for $GITHUB_STEP_SUMMARY: a heading
// with the verdict, a table of the failing items, the accepted ones and the
// stale baseline entries. Rows past limit bytes are counted, not shown.
func writeSummary(w io.Writer, r *Result, limit int) error {
	var b strings.Builder
	mark := "✅"
	if r.Failed() {
		mark = "❌"
	}
	b.WriteString("## " + mark + " claimdiff check: " + output.MarkdownInline(r.Summary()) + "\n\n")
	b.WriteString("Fails on: `" + r.FailOn.String() + "` and above.")
	if r.BaselinePath != "" {
		b.WriteString(" Baseline: " + output.MarkdownCode(r.BaselinePath) + ".")
	}
	b.WriteString("\n\n")
	var tail strings.Builder
	left := 0
	row := func(line string) {
		if left > 0 || b.Len()+len(line) > limit {
			left++
			return
		}
		b.WriteString(line)
	}
	section := func(title string, items []Item) {
		if len(items) == 0 {
			return
		}
		row("### " + title + "\n\n| Kind | Where | Fact | Values | Quote |\n|---|---|---|---|---|\n")
		for _, it := range items {
			var vals []string
			for _, s := range it.Finding.Sides {
				vals = append(vals, "**"+output.MarkdownInline(s.Value.String())+"**: "+output.MarkdownInline(strings.Join(s.Sources, ", ")))
			}
			what := it.Finding.Metric
			if what == "" {
				what = string(it.Finding.Kind)
			}
			if it.Finding.Subject != "" {
				what += " (" + it.Finding.Subject + ")"
			}
			row("| " + it.Rule + " | " + output.MarkdownInline(it.At.Path+":"+strconv.Itoa(it.At.Line)) + " | " + output.MarkdownInline(what) +
				" | " + strings.Join(vals, "<br>") + " | " + output.MarkdownInline(quote(it.At, summaryQuote)) + " |\n")
		}
		row("\n")
	}
	var failing, accepted []Item
	for _, it := range r.Items {
		if it.Accepted {
			accepted = append(accepted, it)
		} else {
			failing = append(failing, it)
		}
	}
	section("New", failing)
	section("Accepted by the baseline", accepted)
	if len(r.Stale) > 0 {
		row("### Stale baseline entries\n\nThese entries match no finding any more; `claimdiff check --update-baseline` drops them.\n\n")
		for _, e := range r.Stale {
			row("- " + output.MarkdownCode(e.Fingerprint) + " " + output.MarkdownInline(e.describe()) + "\n")
		}
		row("\n")
	}
	if left > 0 {
		tail.WriteString("\n… " + plural(left, "more line", "more lines") + " left out to stay under GitHub's 1 MiB summary limit; see the SARIF or JSON output.\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	_, err := io.WriteString(w, tail.String())
	return err
}

// summaryQuote is how many characters of a sentence a row of the summary
// quotes.
const summaryQuote = 200
