package goldscore

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	g, err := ParseGold([]byte(handGold))
	if err != nil {
		t.Fatal(err)
	}
	full := map[string]string{
		"a": "The crash killed 38 people, and trade was $3.7 billion. It was on 25 December 2024.",
		"b": "Officials said it killed 39\npeople; trade was $5bn. Aliyev made three demands.",
		"c": "They said at least 38 died, on July 7.",
	}
	tests := []struct {
		name  string
		texts map[string]string
		edit  func(*Gold)
		want  []string
	}{
		{"clean", full, nil, nil},
		{"missing text", map[string]string{"a": full["a"], "b": full["b"]}, nil,
			[]string{"source c: no text", "claim 2: source c not in sources", "claim 6: source c not in sources"}},
		{"quote not in text", full, func(g *Gold) { g.Claims[0].Quote = "killed 83" },
			[]string{`claim 0: a does not hold "killed 83"`}},
		{"side names no claim", full, func(g *Gold) { g.Disagreements[0].Sides[1].Value = 40 },
			[]string{"disagreement deaths: no claim b 40"}},
		{"pair names no claim", full, func(g *Gold) { g.Agreements[0].NotSplit[0][1] = 40 },
			[]string{"agreement at-least: no claim c 40"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g2 := g
			if tt.edit != nil {
				g2 = clone(t, g)
				tt.edit(&g2)
			}
			got := g2.Check(tt.texts)
			// The optional disagreement in handGold names a value no claim has.
			var keep []string
			for _, p := range got {
				if !strings.HasPrefix(p, "disagreement extra:") {
					keep = append(keep, p)
				}
			}
			if strings.Join(keep, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %v, want %v", keep, tt.want)
			}
		})
	}
}

func clone(t *testing.T, g Gold) Gold {
	t.Helper()
	c, err := ParseGold(marshal(t, g))
	if err != nil {
		t.Fatal(err)
	}
	return c
}
