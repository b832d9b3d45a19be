package check

import (
	"io"
	"strconv"
	"strings"
)

// summaryLimit keeps the Markdown summary under GitHub's 1 MiB limit for a
// step's summary, with room for the closing lines.
const summaryLimit = 1<<20 - 4<<10

// writeSummary writes a Markdown report for $GITHUB_STEP_SUMMARY: a heading
// with the verdict, a table of the failing items, the accepted ones and the
// stale baseline entries. Rows past limit bytes are counted, not shown.
func writeSummary(w io.Writer, r *Result, limit int) error {
	var b strings.Builder
	mark := "✅"
	if r.Failed() {
		mark = "❌"
	}
	b.WriteString("## " + mark + " claimdiff check: " + mdEscape(r.Summary()) + "\n\n")
	b.WriteString("Fails on: `" + r.FailOn.String() + "` and above.")
	if r.BaselinePath != "" {
		b.WriteString(" Baseline: `" + r.BaselinePath + "`.")
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
				vals = append(vals, "**"+mdEscape(s.Value.String())+"**: "+mdEscape(strings.Join(s.Sources, ", ")))
			}
			what := it.Finding.Metric
			if what == "" {
				what = string(it.Finding.Kind)
			}
			if it.Finding.Subject != "" {
				what += " (" + it.Finding.Subject + ")"
			}
			row("| " + it.Rule + " | `" + mdCode(it.At.Path+":"+strconv.Itoa(it.At.Line)) + "` | " + mdEscape(what) +
				" | " + strings.Join(vals, "<br>") + " | " + mdEscape(clip(quote(it.At), 200)) + " |\n")
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
			row("- `" + mdCode(e.Fingerprint) + "` " + mdEscape(e.describe()) + "\n")
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

// clip shortens s to at most n characters, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// mdEscape makes text safe in a Markdown table cell: no line breaks, no
// cell separators, no HTML.
var mdReplacer = strings.NewReplacer("\\", "\\\\", "|", "\\|", "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]")

func mdEscape(s string) string { return mdReplacer.Replace(s) }

// mdCode makes text safe inside a code span in a table cell.
func mdCode(s string) string {
	return strings.NewReplacer("`", "'", "|", "\\|", "\n", " ", "\r", " ").Replace(s)
}
