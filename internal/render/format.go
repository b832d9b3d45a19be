package render

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/sources"
)

// Format is an output format.
type Format string

// The output formats. Not every printer knows every format: see Claims,
// Mentions and Findings.
const (
	Table    Format = "table"    // bordered table on a terminal, tab-separated rows when piped
	JSON     Format = "json"     // one document, the shape of eval/FORMAT.md
	JSONL    Format = "jsonl"    // one JSON object a line
	Markdown Format = "markdown" // a Markdown table (and evidence, with Explain)
)

// ParseFormat checks a --format value against the formats a command allows.
func ParseFormat(s string, allowed ...Format) (Format, error) {
	names := make([]string, len(allowed))
	for i, f := range allowed {
		if string(f) == s {
			return f, nil
		}
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q: want %s", s, strings.Join(names, ", "))
}

// Options says how to print.
type Options struct {
	Format  Format // table (the default), json, jsonl, markdown
	TTY     bool   // the output is a terminal: borders, wrapped cells, a summary line
	Color   bool   // ANSI colour: the caller decides (a terminal, or --color always when piped)
	Width   int    // the terminal's width in columns: tables are fitted to it; 0 means unknown
	Explain bool   // findings: print each conflict's evidence and a word diff
	// OnlyConflicts hides agreements and single-source facts (the summary
	// still counts them).
	OnlyConflicts bool
}

// Source is one source as printed: its id and where it came from.
type Source struct {
	ID        string `json:"id"`                  // the file name without extension
	Path      string `json:"path"`                // the path it was read from
	Title     string `json:"title,omitempty"`     // the article's title, when known
	Outlet    string `json:"outlet,omitempty"`    // publisher
	Published string `json:"published,omitempty"` // publication date, YYYY-MM-DD
}

// SourcesOf lists the documents as sources, sorted by id then path.
func SourcesOf(docs []*sources.Document) []Source {
	out := make([]Source, 0, len(docs))
	for _, d := range docs {
		s := Source{ID: d.ID, Path: d.Path, Title: output.Clip(d.Title, output.MaxTitle), Outlet: output.Clip(d.Outlet, output.MaxTitle)}
		if !d.Published.IsZero() {
			s.Published = d.Published.Format("2006-01-02")
		}
		out = append(out, s)
	}
	sortSources(out)
	return out
}

// withClaimSources adds a source for every claim whose source is not listed
// (claims read from a store come without documents) and sorts the list.
func withClaimSources(list []Source, groups ...[]claims.Claim) []Source {
	seen := make(map[string]bool, len(list))
	out := make([]Source, 0, len(list))
	for _, s := range list {
		seen[s.ID] = true
		out = append(out, s)
	}
	for _, cl := range groups {
		for _, c := range cl {
			if !seen[c.Source] {
				seen[c.Source] = true
				out = append(out, Source{ID: c.Source, Path: c.Path})
			}
		}
	}
	sortSources(out)
	return out
}

func sortSources(s []Source) {
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].ID != s[j].ID {
			return s[i].ID < s[j].ID
		}
		return s[i].Path < s[j].Path
	})
}

// sortClaims orders claims by source, then revision, then place, then kind:
// the order every format prints them in.
func sortClaims(cl []claims.Claim) []claims.Claim {
	out := append([]claims.Claim(nil), cl...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Source != b.Source:
			return a.Source < b.Source
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Earlier != b.Earlier: // earlier revisions first, oldest first; the current text last
			return a.Earlier != "" && (b.Earlier == "" || a.Earlier < b.Earlier)
		case a.Start != b.Start:
			return a.Start < b.Start
		case a.End != b.End:
			return a.End < b.End
		}
		return a.Kind < b.Kind
	})
	return out
}

// shortIDs abbreviates source ids for tables: each id is cut at its first
// separator ("000_efe4a1" → "000", "bbc-crash" → "bbc") when every cut is
// still unique among the sources; otherwise the ids are kept whole.
func shortIDs(ids []string) map[string]string {
	out := make(map[string]string, len(ids))
	used := make(map[string]string, len(ids))
	for _, id := range ids {
		s := id
		if i := strings.IndexAny(id, "_-. "); i > 0 {
			s = id[:i]
		}
		if other, ok := used[s]; ok && other != id {
			for _, id := range ids {
				out[id] = id
			}
			return out
		}
		used[s] = id
		out[id] = s
	}
	return out
}

// oneLine is s on one line and printable (output.Line).
func oneLine(s string) string { return output.Line(s) }

// tableOptions is what a table needs of the options.
func tableOptions(opt Options) output.TableOptions {
	return output.TableOptions{TTY: opt.TTY, Color: opt.Color, Width: opt.Width}
}

// plural is "1 conflict", "3 conflicts".
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
