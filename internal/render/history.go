package render

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/internal/worddiff"
)

// History prints a source's revisions and what changed between each and
// the next: text (the default; colour on a colour terminal), json or
// markdown.
func History(w io.Writer, h history.History, opt Options) error {
	switch opt.Format {
	case JSON:
		return writeJSON(w, newHistoryJSON(h))
	case Markdown:
		return historyMarkdown(w, h)
	default:
		return historyText(w, h, newPalette(opt))
	}
}

// current is the source's current revision's document fields, for the head.
func current(h history.History) (title, outlet, url string) {
	if n := len(h.Revisions); n > 0 && h.Revisions[n-1].Document != nil {
		d := h.Revisions[n-1].Document
		return d.Title, d.Outlet, d.URL
	}
	return "", "", ""
}

// stamp is a time as history prints it: "2025-03-02 12:00 UTC", or the day
// alone at midnight; "" for none.
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04 UTC")
}

func dayOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

// stepSummary is "2 figures changed, 1 added, 3 unchanged".
func stepSummary(s history.Step) string {
	var parts []string
	if n := s.Count(history.Changed); n > 0 {
		parts = append(parts, plural(n, "figure changed", "figures changed"))
	}
	for _, op := range []history.Op{history.Removed, history.Added} {
		if n := s.Count(op); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, op))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "no figure changed")
	}
	return strings.Join(parts, ", ") + fmt.Sprintf(", %d unchanged", s.Unchanged)
}

// textSummary is "2 paragraphs changed, 1 added; 10 words added, 2 removed".
func textSummary(t history.TextChange) string {
	var paras []string
	if t.ParagraphsChanged > 0 {
		paras = append(paras, plural(t.ParagraphsChanged, "paragraph changed", "paragraphs changed"))
	}
	for _, p := range []struct {
		n    int
		what string
	}{{t.ParagraphsAdded, "added"}, {t.ParagraphsRemoved, "removed"}} {
		if p.n > 0 {
			if len(paras) == 0 {
				paras = append(paras, plural(p.n, "paragraph "+p.what, "paragraphs "+p.what))
			} else {
				paras = append(paras, fmt.Sprintf("%d %s", p.n, p.what))
			}
		}
	}
	words := fmt.Sprintf("%s added, %d removed", plural(t.WordsAdded, "word", "words"), t.WordsRemoved)
	if len(paras) == 0 {
		if t.WordsAdded == 0 && t.WordsRemoved == 0 {
			return "unchanged"
		}
		return words
	}
	return strings.Join(paras, ", ") + "; " + words
}

// figure is a change's metric and values: "deaths 38 → 41".
func figure(c history.Change) (metric, values string) {
	switch c.Op {
	case history.Changed:
		return c.New.Metric, c.Old.Value.String() + " → " + c.New.Value.String()
	case history.Removed:
		return c.Old.Metric, c.Old.Value.String()
	}
	return c.New.Metric, c.New.Value.String()
}

// sentenceDiff is a change's sentence as a word diff: the changed words for
// a changed figure; the figure alone marked for an added or removed one.
func sentenceDiff(c history.Change) []worddiff.Chunk {
	var cs []worddiff.Chunk
	switch c.Op {
	case history.Changed:
		cs = c.Words
	case history.Removed:
		cs = marked(*c.Old, worddiff.Delete)
	default:
		cs = marked(*c.New, worddiff.Insert)
	}
	// the words are the source's: shown only as output.Printable shows them
	out := make([]worddiff.Chunk, len(cs))
	for i, ch := range cs {
		words := make([]string, len(ch.Words))
		for j, w := range ch.Words {
			words[j] = output.Printable(w)
		}
		out[i] = worddiff.Chunk{Op: ch.Op, Words: words}
	}
	return out
}

// marked is a claim's sentence with the claim's text as one run of op.
func marked(c claims.Claim, op worddiff.Op) []worddiff.Chunk {
	s := oneLine(c.Sentence)
	t := oneLine(c.Text)
	i := strings.Index(s, t)
	if s == "" || t == "" || i < 0 {
		return one(op, s)
	}
	var out []worddiff.Chunk
	if before := strings.Fields(s[:i]); len(before) > 0 {
		out = append(out, worddiff.Chunk{Op: worddiff.Equal, Words: before})
	}
	out = append(out, worddiff.Chunk{Op: op, Words: strings.Fields(t)})
	if after := strings.Fields(s[i+len(t):]); len(after) > 0 {
		out = append(out, worddiff.Chunk{Op: worddiff.Equal, Words: after})
	}
	return out
}

func historyText(w io.Writer, h history.History, p palette) error {
	var b strings.Builder
	title, outlet, url := current(h)
	head := h.Source + ": " + plural(len(h.Revisions), "revision", "revisions")
	if title != "" {
		head += " of “" + oneLine(title) + "”"
	}
	if outlet != "" {
		head += " (" + oneLine(outlet) + ")"
	}
	b.WriteString(p.bold(head) + "\n")
	if url != "" {
		b.WriteString(oneLine(url) + "\n")
	}
	b.WriteString("\n")
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REV\tINGESTED\tPUBLISHED\tMODIFIED\tCLAIMS\tTITLE")
	for _, r := range h.Revisions {
		var pub, mod, rt string
		if d := r.Document; d != nil {
			pub, mod, rt = dayOf(d.Published), stamp(d.Modified), oneLine(d.Title)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\n", r.Number, stamp(r.Ingested), dash(pub), dash(mod), len(r.Claims), rt)
	}
	tw.Flush()
	for _, s := range h.Steps {
		b.WriteString("\n" + p.bold(fmt.Sprintf("Revision %d → %d", s.From, s.To)) + ": " + stepSummary(s) + "\n")
		width := 0
		for _, c := range s.Changes {
			m, _ := figure(c)
			width = max(width, len(m))
		}
		for _, c := range s.Changes {
			m, v := figure(c)
			op := fmt.Sprintf("%-8s", c.Op)
			switch c.Op {
			case history.Changed:
				op = p.cyan(op)
			case history.Removed:
				op = p.red(op)
			case history.Added:
				op = p.green(op)
			}
			fmt.Fprintf(&b, "  %s %-*s  %s\n", op, width, m, v)
			if d := sentenceDiff(c); len(d) > 0 {
				fmt.Fprintf(&b, "  %8s %s\n", "", renderDiff(d, p))
			}
		}
		if t := s.Text; t.OldTitle != "" || t.NewTitle != "" {
			fmt.Fprintf(&b, "  %-8s “%s” → “%s”\n", "title", oneLine(t.OldTitle), oneLine(t.NewTitle))
		}
		fmt.Fprintf(&b, "  %-8s %s\n", "text", textSummary(s.Text))
	}
	// A line that starts with a source's words must not read as a CI command.
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = output.Defuse(l)
	}
	_, err := io.WriteString(w, strings.Join(lines, "\n"))
	return err
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func historyMarkdown(w io.Writer, h history.History) error {
	var b strings.Builder
	title, outlet, url := current(h)
	fmt.Fprintf(&b, "# History of %s\n\n", output.MarkdownInline(h.Source))
	var about []string
	if title != "" {
		about = append(about, "**"+output.MarkdownInline(title)+"**")
	}
	if outlet != "" {
		about = append(about, output.MarkdownInline(outlet))
	}
	if u := output.URL(url); u != "" {
		about = append(about, "["+output.MarkdownInline(url)+"]("+u+")")
	}
	if len(about) > 0 {
		b.WriteString(strings.Join(about, " — ") + "\n\n")
	}
	b.WriteString("| Revision | Ingested | Published | Modified | Claims | Title |\n| ---: | --- | --- | --- | ---: | --- |\n")
	for _, r := range h.Revisions {
		var pub, mod, rt string
		if d := r.Document; d != nil {
			pub, mod, rt = dayOf(d.Published), stamp(d.Modified), d.Title
		}
		fmt.Fprintf(&b, "| %d | %s | %s | %s | %d | %s |\n", r.Number, stamp(r.Ingested), pub, mod, len(r.Claims), output.MarkdownInline(rt))
	}
	for _, s := range h.Steps {
		fmt.Fprintf(&b, "\n## Revision %d → %d\n\n%s.\n\n", s.From, s.To, upperFirst(stepSummary(s)))
		for _, c := range s.Changes {
			m, v := figure(c)
			fmt.Fprintf(&b, "- %s: **%s** %s\n", upperFirst(string(c.Op)), output.MarkdownInline(m), output.MarkdownInline(v))
			if d := sentenceDiff(c); len(d) > 0 {
				fmt.Fprintf(&b, "  > %s\n", output.MarkdownDiff(d))
			}
		}
		if t := s.Text; t.OldTitle != "" || t.NewTitle != "" {
			fmt.Fprintf(&b, "- Title: “%s” → “%s”\n", output.MarkdownInline(t.OldTitle), output.MarkdownInline(t.NewTitle))
		}
		fmt.Fprintf(&b, "- Text: %s.\n", textSummary(s.Text))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// historyJSON is a source's history as machines read it. Lists are never
// null; times are RFC 3339 (UTC), days YYYY-MM-DD.
type historyJSON struct {
	Source    string         `json:"source"`
	Title     string         `json:"title,omitempty"`
	Outlet    string         `json:"outlet,omitempty"`
	URL       string         `json:"url,omitempty"`
	Revisions []revisionJSON `json:"revisions"`
	Steps     []stepJSON     `json:"steps"`
}

type revisionJSON struct {
	Revision  int    `json:"revision"`
	Ingested  string `json:"ingested"`
	Published string `json:"published,omitempty"`
	Modified  string `json:"modified,omitempty"`
	Hash      string `json:"hash,omitempty"`
	Path      string `json:"path,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Claims    int    `json:"claims"`
}

type stepJSON struct {
	From      int          `json:"from"`
	To        int          `json:"to"`
	Changed   int          `json:"changed"`
	Removed   int          `json:"removed"`
	Added     int          `json:"added"`
	Unchanged int          `json:"unchanged"`
	Changes   []changeJSON `json:"changes"`
	Text      textJSON     `json:"text"`
}

type changeJSON struct {
	Op     string     `json:"op"`
	Kind   string     `json:"kind"`
	Metric string     `json:"metric"`
	Old    *claimJSON `json:"old,omitempty"`
	New    *claimJSON `json:"new,omitempty"`
	Diff   []diffJSON `json:"diff"`
}

type diffJSON struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

type textJSON struct {
	OldTitle          string `json:"old_title,omitempty"`
	NewTitle          string `json:"new_title,omitempty"`
	ParagraphsChanged int    `json:"paragraphs_changed"`
	ParagraphsAdded   int    `json:"paragraphs_added"`
	ParagraphsRemoved int    `json:"paragraphs_removed"`
	WordsAdded        int    `json:"words_added"`
	WordsRemoved      int    `json:"words_removed"`
}

func timeJSON(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func newHistoryJSON(h history.History) historyJSON {
	title, outlet, url := current(h)
	out := historyJSON{Source: h.Source, Title: title, Outlet: outlet, URL: url,
		Revisions: make([]revisionJSON, 0, len(h.Revisions)), Steps: make([]stepJSON, 0, len(h.Steps))}
	for _, r := range h.Revisions {
		rj := revisionJSON{Revision: r.Number, Ingested: timeJSON(r.Ingested), Claims: len(r.Claims)}
		if d := r.Document; d != nil {
			rj.Published, rj.Modified, rj.Hash, rj.Path, rj.URL, rj.Title = dayOf(d.Published), timeJSON(d.Modified), d.Hash, d.Path, d.URL, d.Title
		}
		out.Revisions = append(out.Revisions, rj)
	}
	for _, s := range h.Steps {
		sj := stepJSON{From: s.From, To: s.To, Changed: s.Count(history.Changed), Removed: s.Count(history.Removed),
			Added: s.Count(history.Added), Unchanged: s.Unchanged, Changes: make([]changeJSON, 0, len(s.Changes)),
			Text: textJSON{OldTitle: s.Text.OldTitle, NewTitle: s.Text.NewTitle, ParagraphsChanged: s.Text.ParagraphsChanged,
				ParagraphsAdded: s.Text.ParagraphsAdded, ParagraphsRemoved: s.Text.ParagraphsRemoved,
				WordsAdded: s.Text.WordsAdded, WordsRemoved: s.Text.WordsRemoved}}
		for _, c := range s.Changes {
			cj := changeJSON{Op: string(c.Op), Diff: []diffJSON{}}
			for _, cl := range []*claims.Claim{c.Old, c.New} {
				if cl != nil {
					cj.Kind, cj.Metric = string(cl.Kind), cl.Metric
				}
			}
			if c.Old != nil {
				j := newClaimJSON(*c.Old)
				cj.Old = &j
			}
			if c.New != nil {
				j := newClaimJSON(*c.New)
				cj.New = &j
			}
			for _, d := range c.Words {
				cj.Diff = append(cj.Diff, diffJSON{Op: d.Op.String(), Text: d.Text()})
			}
			sj.Changes = append(sj.Changes, cj)
		}
		out.Steps = append(out.Steps, sj)
	}
	return out
}
