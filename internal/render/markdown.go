package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/internal/output"
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
			status += " (self: " + output.MarkdownInline(joinIDs(f.SelfContra, ids)) + ")"
		}
		values := strings.Split(valuesCell(f, ids), "\n")
		for i, v := range values {
			values[i] = output.MarkdownInline(v)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", status, output.MarkdownInline(f.Subject), output.MarkdownInline(f.Metric), strings.Join(values, "<br>"))
	}
	line := countFindings(set).String()
	if opt.OnlyConflicts {
		line += " (showing conflicts only)"
	}
	b.WriteString("\n" + line + ".\n")
	if opt.Explain {
		n, m := 0, 0
		pub := published(set.Sources)
		for _, f := range set.Findings {
			var title string
			switch {
			case f.Status == compare.Conflict:
				n++
				title = fmt.Sprintf("%s %d", conflictTitle(f), n)
			case !opt.OnlyConflicts && len(history.Revisions(f)) > 0:
				m++
				title = fmt.Sprintf("Revised %d", m)
			default:
				continue
			}
			ev := newEvidence(f)
			if f.Evolving {
				ev.closest = inOrder(ev.closest, pub)
			}
			fmt.Fprintf(&b, "\n### %s: %s\n\n", title, output.MarkdownInline(findingTitle(f)))
			if f.Why != "" {
				fmt.Fprintf(&b, "One fact: %s.\n\n", output.MarkdownInline(f.Why))
			}
			for _, se := range ev.sides {
				fmt.Fprintf(&b, "- **%s** — %s\n", output.MarkdownInline(sideLabel(se.side)), output.MarkdownInline(sideSources(se.side, ids)))
				shown, more := shownQuotes(se.quotes)
				for _, q := range shown {
					note := ""
					if q.note != "" {
						note = " (" + q.note + ")"
					}
					fmt.Fprintf(&b, "  - %s “%s”%s\n", output.MarkdownCode(q.where), output.MarkdownInline(q.sentence), note)
				}
				if more > 0 {
					fmt.Fprintf(&b, "  - and %s\n", plural(more, "more sentence", "more sentences"))
				}
			}
			for _, rv := range revisionsOf(f) {
				fmt.Fprintf(&b, "- revised by %s: %s\n", output.MarkdownInline(shortID(ids, rv.r.Source)), output.MarkdownInline(rv.r.Values()))
				for _, c := range rv.r.From {
					q := newQuote(c)
					fmt.Fprintf(&b, "  - %s “%s” (%s)\n", output.MarkdownCode(q.where), output.MarkdownInline(q.sentence), output.MarkdownInline(q.note))
				}
				fmt.Fprintf(&b, "\nAs revised, %s vs %s:\n\n", output.MarkdownCode(rv.before.where), output.MarkdownCode(rv.after.where))
				writeMarkdownDiff(&b, &closestPair{a: rv.before, b: rv.after, diffs: rv.diffs})
			}
			if c := ev.closest; c != nil {
				fmt.Fprintf(&b, "\nClosest sentences, %s vs %s:\n\n", output.MarkdownCode(c.a.where), output.MarkdownCode(c.b.where))
				writeMarkdownDiff(&b, c)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeMarkdownDiff quotes a pair's word diff: one line when the sentences
// share enough words, else the two sentences with their figures marked.
func writeMarkdownDiff(b *strings.Builder, c *closestPair) {
	if sharesWords(c.diffs) {
		fmt.Fprintf(b, "> %s\n", output.MarkdownDiff(c.diffs))
		return
	}
	old := markIn(c.a, func(s string) string { return output.MarkdownDiff(one(worddiff.Delete, s)) }, markdownSpaced)
	new := markIn(c.b, func(s string) string { return output.MarkdownDiff(one(worddiff.Insert, s)) }, markdownSpaced)
	fmt.Fprintf(b, "> %s\n>\n> %s\n", old, new)
}

// markdownSpaced is output.MarkdownInline for a piece of a sentence, keeping
// the space at either end that joins it to the next piece.
func markdownSpaced(s string) string {
	t := output.MarkdownInline(s)
	if t != "" && strings.HasPrefix(s, " ") {
		t = " " + t
	}
	if t != "" && strings.HasSuffix(s, " ") {
		t += " "
	}
	return t
}
