package render

import (
	"fmt"
	"io"
	"strconv"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/output"
)

// ClaimSet is what `claimdiff extract` prints.
type ClaimSet struct {
	Sources []Source       // every source read, claims or not
	Claims  []claims.Claim // in any order: printers sort them
}

// Claims prints a set of claims in opt.Format: table, json or jsonl.
func Claims(w io.Writer, set ClaimSet, opt Options) error {
	set.Sources = withClaimSources(set.Sources, set.Claims)
	set.Claims = sortClaims(set.Claims)
	switch opt.Format {
	case Table, "":
		return claimsTable(w, set, opt)
	case JSON:
		return claimsJSON(w, set)
	case JSONL:
		return claimsJSONL(w, set)
	}
	return fmt.Errorf("extract cannot print %q", opt.Format)
}

var claimColumns = []output.Column{
	{Header: "SOURCE"},
	{Header: "LINE:COL"},
	{Header: "KIND"},
	{Header: "METRIC", Wrap: 22},
	{Header: "VALUE", Wrap: 28},
	{Header: "QUALIFIER"},
	{Header: "TEXT", Wrap: 48},
}

func claimsTable(w io.Writer, set ClaimSet, opt Options) error {
	if len(set.Claims) == 0 {
		if opt.TTY {
			_, err := fmt.Fprintf(w, "No claims found in %s.\n", plural(len(set.Sources), "source", "sources"))
			return err
		}
		return nil
	}
	ids := sourceIDs(set.Sources, opt.TTY)
	rows := make([][]string, 0, len(set.Claims))
	for _, c := range set.Claims {
		text := output.Excerpt(c.Text, c.Text, output.MaxQuote)
		if opt.TTY {
			text = "“" + text + "”"
		}
		metric := c.Metric
		if c.Target {
			metric += " (target)"
		}
		if c.Superseded {
			metric += " (superseded)"
		}
		rows = append(rows, []string{
			shortID(ids, c.Source),
			strconv.Itoa(c.Line) + ":" + strconv.Itoa(c.Col),
			string(c.Kind),
			metric,
			bareValue(c.Value),
			string(c.Value.Qualifier),
			text,
		})
	}
	if err := output.Table(w, claimColumns, rows, tableOptions(opt)); err != nil || !opt.TTY {
		return err
	}
	_, err := fmt.Fprintf(w, "%s in %s\n", plural(len(set.Claims), "claim", "claims"), plural(len(set.Sources), "source", "sources"))
	return err
}

// sourceIDs maps ids to how a table shows them: short on a terminal, whole
// in plain rows that scripts read.
func sourceIDs(list []Source, tty bool) map[string]string {
	ids := make([]string, len(list))
	for i, s := range list {
		ids[i] = s.ID
	}
	if tty {
		return shortIDs(ids)
	}
	m := make(map[string]string, len(ids))
	for _, id := range ids {
		m[id] = id
	}
	return m
}

// bareValue is the value without its qualifier, which has a column of its
// own; ranges and "dozens" need theirs to make sense.
func bareValue(v mention.Value) string {
	if v.Qualifier != mention.Range && v.Qualifier != mention.Plural {
		v.Qualifier = mention.Exact
	}
	return v.String()
}

// claimsJSON prints {"sources": [...], "claims": [...]}, each claim written
// as it is made.
func claimsJSON(w io.Writer, set ClaimSet) error {
	o := newJSONObject(w)
	jsonList(o, "sources", set.Sources, same)
	jsonList(o, "claims", set.Claims, newClaimJSON)
	return o.close()
}

func claimsJSONL(w io.Writer, set ClaimSet) error {
	for _, c := range set.Claims {
		if err := writeJSONLine(w, newClaimJSON(c)); err != nil {
			return err
		}
	}
	return nil
}
