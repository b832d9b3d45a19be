package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/worddiff"
)

// findingsMarkdown prints a Markdown table of the findings, the summary, and
// with Explain each conflict's evidence with a ~~old~~ **new** word diff.
func findingsMarkdown(w io.Writer, set FindingSet, opt Options) error {
	var b strings.Builder
	list := shown(set, opt)
	b.WriteString("| Status | Subject | Metric | Values — sources |\n|---|---|---|---|\n")
	ids := sourceIDs(set.Sources, false)
	for _, f := range list {
		status := string(f.Status)
		if f.Status == compare.Conflict {
			status = "**" + status + "**"
		}
		if len(f.SelfContra) > 0 {
			status += " (self: " + cell(joinIDs(f.SelfContra, ids)) + ")"
		}
		values := strings.Split(valuesCell(f, ids), "\n")
		for i, v := range values {
			values[i] = cell(v)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", status, cell(f.Subject), cell(f.Metric), strings.Join(values, "<br>"))
	}
	line := countFindings(set).String()
	if opt.OnlyConflicts {
		line += " (showing conflicts only)"
	}
	b.WriteString("\n" + line + ".\n")
	if opt.Explain {
		n := 0
		pub := published(set.Sources)
		for _, f := range set.Findings {
			if f.Status != compare.Conflict {
				continue
			}
			n++
			ev := newEvidence(f)
			if f.Evolving {
				ev.closest = inOrder(ev.closest, pub)
			}
			fmt.Fprintf(&b, "\n### %s %d: %s\n\n", conflictTitle(f), n, escapeMarkdown(findingTitle(f)))
			for _, se := range ev.sides {
				fmt.Fprintf(&b, "- **%s** — %s\n", escapeMarkdown(sideLabel(se.side)), escapeMarkdown(sideSources(se.side, ids)))
				shown, more := shownQuotes(se.quotes)
				for _, q := range shown {
					note := ""
					if q.note != "" {
						note = " (" + q.note + ")"
					}
					fmt.Fprintf(&b, "  - `%s` “%s”%s\n", q.where, escapeMarkdown(q.sentence), note)
				}
				if more > 0 {
					fmt.Fprintf(&b, "  - and %s\n", plural(more, "more sentence", "more sentences"))
				}
			}
			if c := ev.closest; c != nil {
				fmt.Fprintf(&b, "\nClosest sentences, `%s` vs `%s`:\n\n", c.a.where, c.b.where)
				if sharesWords(c.diffs) {
					fmt.Fprintf(&b, "> %s\n", markdownDiff(c.diffs))
				} else {
					old := markIn(c.a, func(s string) string { return markdownDiff(one(worddiff.Delete, s)) }, escapeMarkdown)
					new := markIn(c.b, func(s string) string { return markdownDiff(one(worddiff.Insert, s)) }, escapeMarkdown)
					fmt.Fprintf(&b, "> %s\n>\n> %s\n", old, new)
				}
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cell escapes text for a Markdown table cell, on one line.
func cell(s string) string {
	return strings.ReplaceAll(escapeMarkdown(oneLine(s)), "|", `\|`)
}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "~", `\~`, "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;")

// escapeMarkdown keeps text from being read as Markdown markup.
func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }
