package report

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/internal/worddiff"
)

// changedSection is "Changed after publication": the figures a source
// changed in a later revision of its own text (history.Revisions), with
// how its sentence changed. It is "" when no source revised a figure, and
// n counts the revisions listed.
func changedSection(fs []compare.Finding, urls map[string]string) (text string, n int) {
	type item struct {
		f compare.Finding
		r history.Revised
	}
	var items []item
	for _, f := range fs {
		for _, r := range history.Revisions(f) {
			items = append(items, item{f, r})
		}
	}
	if len(items) == 0 {
		return "", 0
	}
	var b strings.Builder
	b.WriteString("## Changed after publication\n\n")
	fmt.Fprintf(&b, "%s by %s in a later revision of %s (`claimdiff history SOURCE` shows each revision). "+
		"A revised figure is compared as its source now gives it; what the source said before is not counted against it.\n\n",
		upper(plural(len(items), "figure was changed", "figures were changed")), pick(len(items), "its source", "their sources"),
		pick(len(items), "the article", "the articles"))
	b.WriteString("| Fact | Source | Values, oldest first | Earlier text stored | Now |\n| --- | --- | --- | --- | --- |\n")
	for _, it := range items {
		var stored []string
		for _, c := range it.r.From {
			stored = append(stored, strings.SplitN(c.Earlier, "T", 2)[0])
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", output.Markdown(label(it.f)), output.Markdown(it.r.Source), output.Markdown(it.r.Values()),
			output.Markdown(strings.Join(stored, ", ")), now(it.f))
	}
	b.WriteString("\n")
	for _, it := range items {
		last := it.r.From[len(it.r.From)-1]
		b.WriteString("- " + output.Markdown(label(it.f)) + ", " + output.Markdown(it.r.Source) + ", " + place(it.r.To))
		if u := urls[it.r.Source]; u != "" {
			b.WriteString(" ([article](" + u + "))")
		}
		b.WriteString(":\n")
		if s, t := sentence(last), sentence(it.r.To); s != t {
			b.WriteString("  > " + output.MarkdownDiff(worddiff.Words(s, t)) + "\n")
		} else {
			b.WriteString("  > " + quote(it.r.To) + "\n")
		}
	}
	return b.String(), len(items)
}

// now says where a revised fact stands: "agreed: **41** (a, b)", "in
// conflict: 41 (a) vs 38 (b)".
func now(f compare.Finding) string {
	switch {
	case len(f.Sides) == 0:
		return "—"
	case f.Status == compare.Conflict:
		var parts []string
		for _, s := range f.Sides {
			parts = append(parts, side(s, false))
		}
		what := "in conflict: "
		if f.Evolving {
			what = "a rising total: "
		}
		return what + strings.Join(parts, " vs ")
	case f.Status == compare.Single:
		return "one source: " + side(f.Sides[0], true)
	}
	return "agreed: " + side(f.Sides[0], true)
}

func upper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
