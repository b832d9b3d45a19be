package history

import (
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
)

// Revised is a figure of a fact that its own source changed after
// publication: an earlier revision of the source gave another value.
type Revised struct {
	Source string         // the source that changed its figure
	From   []claims.Claim // its earlier figures on the fact, oldest first, one per value
	To     claims.Claim   // its figure now
}

// Values is the figure's values, oldest first: "38 → 39 → 41".
func (r Revised) Values() string {
	parts := make([]string, 0, len(r.From)+1)
	for _, c := range r.From {
		parts = append(parts, c.Value.String())
	}
	return strings.Join(append(parts, r.To.Value.String()), " → ")
}

// Revisions returns the sources that revised their figure on a fact, by
// source id: a source with a superseded claim from an earlier revision
// (Claim.Earlier set) and a current claim on the fact of another value.
func Revisions(f compare.Finding) []Revised {
	current := map[string]claims.Claim{}
	for _, s := range f.Sides {
		for _, c := range s.Claims {
			if c.Superseded || c.Earlier != "" {
				continue
			}
			if o, ok := current[c.Source]; !ok || c.Start < o.Start {
				current[c.Source] = c
			}
		}
	}
	earlier := map[string][]claims.Claim{}
	for _, c := range f.Superseded {
		if c.Earlier != "" {
			earlier[c.Source] = append(earlier[c.Source], c)
		}
	}
	var out []Revised
	for src, cl := range earlier {
		to, ok := current[src]
		if !ok {
			continue
		}
		sort.SliceStable(cl, func(i, j int) bool { return claimLess(cl[i], cl[j]) })
		r := Revised{Source: src, To: to}
		differs := false
		for _, c := range cl {
			v := c.Value.String()
			if n := len(r.From); n > 0 && r.From[n-1].Value.String() == v {
				continue
			}
			r.From = append(r.From, c)
			differs = differs || v != to.Value.String()
		}
		if differs {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Source < out[j].Source })
	return out
}

// RevisedBy lists the sources that revised their figure on a fact, sorted.
func RevisedBy(f compare.Finding) []string {
	rs := Revisions(f)
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Source
	}
	return out
}
