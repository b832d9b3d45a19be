package history

import (
	"sort"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
)

// Trail is what comparing sources needs of their histories: the figures
// their earlier revisions gave and a later one changed or dropped, and which
// current figure each became.
//
//	t := history.NewTrail(histories...)
//	fs := t.Compare(current, func(cl []claims.Claim) []compare.Finding { return compare.Compare(cl, opt) })
type Trail struct {
	// Claims are the figures of earlier revisions that the next revision
	// changed or dropped, marked Superseded, with Earlier set to when their
	// revision was stored (RFC 3339, UTC). A figure kept with the same
	// value is left out: the current claim speaks for it.
	Claims []claims.Claim
	next   map[ref]ref // an earlier figure → the current figure it became
}

// ref names a claim of one revision of a source.
type ref struct {
	source, earlier, metric string
	start, end              int
}

func refOf(c claims.Claim) ref {
	return ref{c.Source, c.Earlier, c.Metric, c.Start, c.End}
}

// EarlierTime formats when a revision was stored as Claim.Earlier spells it.
func EarlierTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// NewTrail gathers the earlier figures of the sources' histories.
func NewTrail(hs ...History) *Trail {
	t := &Trail{next: map[ref]ref{}}
	for _, h := range hs {
		t.add(h)
	}
	return t
}

func (t *Trail) add(h History) {
	n := len(h.Revisions)
	if n < 2 {
		return
	}
	// pairs[k][i] is the partner in revision k+1 of claim i of revision k
	pairs := make([][]int, n-1)
	for k := range pairs {
		pairs[k] = pair(h.Revisions[k].Claims, h.Revisions[k+1].Claims)
	}
	last := h.Revisions[n-1].Claims
	for k := 0; k+1 < n; k++ {
		rev := h.Revisions[k]
		when := EarlierTime(rev.Ingested)
		for i, c := range rev.Claims {
			j := pairs[k][i]
			if j >= 0 && c.Value.String() == h.Revisions[k+1].Claims[j].Value.String() {
				continue
			}
			c.Superseded, c.Earlier = true, when
			if c.Source == "" {
				c.Source = h.Source
			}
			t.Claims = append(t.Claims, c)
			// follow the figure to the current revision
			for kk := k + 1; j >= 0 && kk < n-1; kk++ {
				j = pairs[kk][j]
			}
			if j >= 0 {
				cur := last[j]
				if cur.Source == "" {
					cur.Source = h.Source
				}
				t.next[refOf(c)] = refOf(cur)
			}
		}
	}
}

// Place tidies what the engine made of the earlier figures. The engine
// keeps a superseded claim on the fact of its frame, and Place leaves every
// fact with a current claim as it is. A fact of earlier figures only is a
// figure a later revision dropped (or one whose frame the revision
// changed): each of its figures that became a current one goes to that
// one's fact, as a superseded claim, and the others are dropped, since an
// earlier text's figure is not a fact of the story as it stands. cmp is how
// the findings were made: the claims of such a fact that are not earlier
// figures are compared again with it.
func (t *Trail) Place(fs []compare.Finding, cmp func([]claims.Claim) []compare.Finding) []compare.Finding {
	if t == nil || len(t.Claims) == 0 {
		return fs
	}
	at := map[ref]int{} // a current claim → its finding
	for i, f := range fs {
		for _, s := range f.Sides {
			for _, c := range s.Claims {
				if !c.Superseded {
					at[refOf(c)] = i
				}
			}
		}
	}
	moved := map[int][]claims.Claim{}
	drop := map[int]bool{}
	var again []claims.Claim
	for i, f := range fs {
		var earlier, rest []claims.Claim
		live := false
		for _, c := range append(f.Claims(), f.Superseded...) {
			live = live || !c.Superseded
			if c.Earlier != "" {
				earlier = append(earlier, c)
			} else {
				rest = append(rest, c)
			}
		}
		if live || len(earlier) == 0 {
			continue
		}
		drop[i] = true
		for _, e := range earlier {
			if n, ok := t.next[refOf(e)]; ok {
				if fi, ok := at[n]; ok {
					moved[fi] = append(moved[fi], e)
				}
			}
		}
		again = append(again, rest...)
	}
	if len(drop) == 0 {
		return fs
	}
	out := make([]compare.Finding, 0, len(fs))
	for i, f := range fs {
		if drop[i] {
			continue
		}
		if m := moved[i]; len(m) > 0 {
			f.Superseded = append(append([]claims.Claim(nil), f.Superseded...), m...)
			sort.SliceStable(f.Superseded, func(a, b int) bool { return claimLess(f.Superseded[a], f.Superseded[b]) })
			f.Sources = withSources(f.Sources, m)
		}
		out = append(out, f)
	}
	if len(again) > 0 {
		out = append(out, cmp(again)...)
	}
	compare.SortFindings(out)
	return out
}

// Compare compares the current claims with the trail's earlier figures
// beside them (cmp is the engine, with its options) and places the earlier
// figures on their facts. A nil Trail compares the current claims alone.
func (t *Trail) Compare(current []claims.Claim, cmp func([]claims.Claim) []compare.Finding) []compare.Finding {
	if t == nil || len(t.Claims) == 0 {
		return cmp(current)
	}
	all := make([]claims.Claim, 0, len(current)+len(t.Claims))
	all = append(append(all, current...), t.Claims...)
	return t.Place(cmp(all), cmp)
}

// claimLess orders claims by source, then revision (earliest first, the
// current text last), then place.
func claimLess(a, b claims.Claim) bool {
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Earlier != b.Earlier {
		return a.Earlier != "" && (b.Earlier == "" || a.Earlier < b.Earlier)
	}
	return a.Start < b.Start
}

func withSources(list []string, cl []claims.Claim) []string {
	seen := map[string]bool{}
	out := append([]string(nil), list...)
	for _, s := range list {
		seen[s] = true
	}
	for _, c := range cl {
		if !seen[c.Source] {
			seen[c.Source] = true
			out = append(out, c.Source)
		}
	}
	sort.Strings(out)
	return out
}
