package render

import (
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/sources"
)

// Mention is one expression found in a source, with its place in the file
// and whether a claim was made of it.
type Mention struct {
	mention.Mention        // Start and End are offsets into the document's text
	Source          string // the source's id
	Line            int    // 1-based line of Start
	Col             int    // 1-based column of Start
	Claim           bool   // a claim overlaps the mention
}

// MentionSet is what `claimdiff extract --mentions` prints.
type MentionSet struct {
	Sources  []Source
	Mentions []Mention
}

// MentionsOf places every expression the extractor reads in a document
// (claims.Mentions) in its file and marks those that a claim covers.
func MentionsOf(doc *sources.Document, cl []claims.Claim) []Mention {
	var out []Mention
	for _, m := range claims.Mentions(doc) {
		pos := doc.Position(m.Start)
		out = append(out, Mention{Mention: m, Source: doc.ID, Line: pos.Line, Col: pos.Col})
	}
	// Claims of the document, by start, to mark the mentions they cover.
	var spans [][2]int
	for _, c := range cl {
		if c.Source == doc.ID && c.Path == doc.Path {
			spans = append(spans, [2]int{c.Start, c.End})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	for i := range out {
		m := &out[i]
		j := sort.Search(len(spans), func(j int) bool { return spans[j][0] >= m.End })
		for k := j - 1; k >= 0; k-- {
			if spans[k][1] > m.Start {
				m.Claim = true
				break
			}
		}
	}
	return out
}

// Mentions prints mentions in opt.Format: table, json or jsonl.
func Mentions(w io.Writer, set MentionSet, opt Options) error {
	ms := append([]Mention(nil), set.Mentions...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Source != ms[j].Source {
			return ms[i].Source < ms[j].Source
		}
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End < ms[j].End
	})
	set.Mentions = ms
	sortSources(set.Sources)
	switch opt.Format {
	case Table, "":
		return mentionsTable(w, set, opt)
	case JSON:
		o := newJSONObject(w)
		jsonList(o, "sources", set.Sources, same)
		jsonList(o, "mentions", ms, newMentionJSON)
		return o.close()
	case JSONL:
		for _, m := range ms {
			if err := writeJSONLine(w, newMentionJSON(m)); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("extract --mentions cannot print %q", opt.Format)
}

var mentionColumns = []output.Column{
	{Header: "SOURCE"},
	{Header: "LINE:COL"},
	{Header: "KIND"},
	{Header: "VALUE", Wrap: 24},
	{Header: "QUALIFIER"},
	{Header: "CLAIM"},
	{Header: "TEXT", Wrap: 48},
}

func mentionsTable(w io.Writer, set MentionSet, opt Options) error {
	if len(set.Mentions) == 0 {
		if opt.TTY {
			_, err := fmt.Fprintf(w, "No expressions found in %s.\n", plural(len(set.Sources), "source", "sources"))
			return err
		}
		return nil
	}
	ids := sourceIDs(set.Sources, opt.TTY)
	rows := make([][]string, 0, len(set.Mentions))
	for _, m := range set.Mentions {
		id := shortID(ids, m.Source)
		claim := ""
		if m.Claim {
			claim = "yes"
		}
		text := output.Excerpt(m.Text, m.Text, output.MaxQuote)
		if opt.TTY {
			text = "“" + text + "”"
		}
		rows = append(rows, []string{
			id,
			strconv.Itoa(m.Line) + ":" + strconv.Itoa(m.Col),
			string(m.Kind),
			bareValue(m.Value),
			string(m.Value.Qualifier),
			claim,
			text,
		})
	}
	if err := output.Table(w, mentionColumns, rows, tableOptions(opt)); err != nil || !opt.TTY {
		return err
	}
	n := 0
	for _, m := range set.Mentions {
		if m.Claim {
			n++
		}
	}
	_, err := fmt.Fprintf(w, "%s (%d in claims) in %s\n", plural(len(set.Mentions), "expression", "expressions"), n,
		plural(len(set.Sources), "source", "sources"))
	return err
}

type mentionJSON struct {
	exprJSON
	Subtype string `json:"subtype,omitempty"`
	Claim   bool   `json:"claim"`
}

func newMentionJSON(m Mention) mentionJSON {
	return mentionJSON{
		exprJSON: newExprJSON(m.Source, m.Kind, m.Value, m.Text, m.Start, m.End, m.Line, m.Col),
		Subtype:  m.Subtype, Claim: m.Claim,
	}
}
