package goldscore

import (
	"fmt"
	"strings"
	"unicode"
)

// Check reports what is wrong with a gold file against the texts of its
// sources (keyed by source id): a source without text, a claim whose quote is
// not in its source's text (white space folded), and a disagreement side or
// agreement pair that names no claim of the gold.
func (g Gold) Check(texts map[string]string) []string {
	var out []string
	folded := map[string]string{}
	for _, s := range g.Sources {
		t, ok := texts[s]
		if !ok {
			out = append(out, fmt.Sprintf("source %s: no text", s))
			continue
		}
		folded[s] = fold(t)
	}
	for i, c := range g.Claims {
		t, ok := folded[c.Source]
		if !ok {
			out = append(out, fmt.Sprintf("claim %d: source %s not in sources", i, c.Source))
			continue
		}
		if !strings.Contains(t, fold(c.Quote)) {
			out = append(out, fmt.Sprintf("claim %d: %s does not hold %q", i, c.Source, c.Quote))
		}
		if KindGroups[c.Kind] == "" {
			out = append(out, fmt.Sprintf("claim %d: unknown kind %q", i, c.Kind))
		}
	}
	has := func(src string, v any, accept []any) bool {
		for _, c := range g.Claims {
			if c.Source != src {
				continue
			}
			if SameValue(c.Value, v, accept...) {
				return true
			}
			for _, a := range c.Accept {
				if SameValue(a, v, accept...) {
					return true
				}
			}
		}
		return false
	}
	for _, d := range g.Disagreements {
		if len(d.Sides) < 2 {
			out = append(out, fmt.Sprintf("disagreement %s: fewer than two sides", d.ID))
		}
		for _, s := range d.Sides {
			for _, src := range s.Sources {
				if !has(src, s.Value, s.Accept) {
					out = append(out, fmt.Sprintf("disagreement %s: no claim %s %s", d.ID, src, pyRepr(s.Value)))
				}
			}
		}
	}
	for _, a := range g.Agreements {
		for _, p := range a.NotSplit {
			src, v := pair(p)
			if !has(src, v, nil) {
				out = append(out, fmt.Sprintf("agreement %s: no claim %s %s", a.ID, src, pyRepr(v)))
			}
		}
	}
	return out
}

// fold turns every run of white space (any Unicode kind) into one space.
func fold(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}
