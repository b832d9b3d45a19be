package history

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/sources"
)

// read parses testdata/gazette/name as the source id and extracts its claims.
func read(t *testing.T, id, name string) (*sources.Document, []claims.Claim) {
	t.Helper()
	path := filepath.Join("testdata", "gazette", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := sources.Parse(path, data, sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.ID = id
	return d, claims.Extract(d, claims.ExtractOptions{})
}

// gazette is the three revisions of the Harbour Gazette's ferry story,
// stored a day apart.
func gazette(t *testing.T) []Revision {
	t.Helper()
	var revs []Revision
	for i, name := range []string{"r1.md", "r2.md", "r3.md"} {
		d, cl := read(t, "harbour-gazette", name)
		revs = append(revs, Revision{Number: i + 1, Ingested: time.Date(2025, 3, 2+i, 12, 0, 0, 0, time.UTC), Document: d, Claims: cl})
	}
	return revs
}

// show is a step's changes, one a line: "changed deaths 38 → 41".
func show(s Step) string {
	var lines []string
	for _, c := range s.Changes {
		switch c.Op {
		case Changed:
			lines = append(lines, fmt.Sprintf("changed %s %s → %s", c.New.Metric, c.Old.Value, c.New.Value))
		case Removed:
			lines = append(lines, fmt.Sprintf("removed %s %s", c.Old.Metric, c.Old.Value))
		case Added:
			lines = append(lines, fmt.Sprintf("added %s %s", c.New.Metric, c.New.Value))
		}
	}
	return strings.Join(lines, "\n")
}

func TestBuild(t *testing.T) {
	h := Build("harbour-gazette", gazette(t))
	if len(h.Steps) != 2 {
		t.Fatalf("got %d steps, want 2", len(h.Steps))
	}
	tests := []struct {
		want      string
		unchanged int
		text      TextChange
	}{
		{"changed deaths 38 → 41\nchanged survivors 64 → 61\nadded missing 8", 3,
			TextChange{ParagraphsChanged: 2, ParagraphsAdded: 1, WordsAdded: 10, WordsRemoved: 2}},
		{"changed deaths 41 → 43\nremoved missing 8\nadded deaths 2", 4,
			TextChange{OldTitle: "Ferry sinks off Cape Ardent", NewTitle: "Ferry toll rises off Cape Ardent",
				ParagraphsChanged: 2, ParagraphsRemoved: 1, WordsAdded: 9, WordsRemoved: 10}},
	}
	for i, tt := range tests {
		s := h.Steps[i]
		if s.From != i+1 || s.To != i+2 {
			t.Errorf("step %d: got %d → %d, want %d → %d", i, s.From, s.To, i+1, i+2)
		}
		if got := show(s); got != tt.want {
			t.Errorf("step %d: got\n%s\nwant\n%s", i, got, tt.want)
		}
		if s.Unchanged != tt.unchanged {
			t.Errorf("step %d: got %d unchanged, want %d", i, s.Unchanged, tt.unchanged)
		}
		if s.Text != tt.text {
			t.Errorf("step %d text: got %+v, want %+v", i, s.Text, tt.text)
		}
	}
	words := h.Steps[0].Changes[0].Words
	if got := fmt.Sprint(words); !strings.Contains(got, "{delete [38]} {insert [41]}") {
		t.Errorf("word diff of the toll's sentence: got %v, want 38 replaced by 41", got)
	}
}

// claim builds a count claim of a sentence for the pairing tests.
func claim(metric, sentence, value string, start int) claims.Claim {
	v := claims.Claim{Kind: "count", Metric: metric, Sentence: sentence, Text: value, Start: start}
	var n float64
	fmt.Sscan(value, &n)
	v.Value.Number, v.Value.Low, v.Value.High = n, n, n
	return v
}

func TestPair(t *testing.T) {
	tests := []struct {
		name string
		a, b []claims.Claim
		want []int
	}{
		{"same sentence, new value",
			[]claims.Claim{claim("deaths", "The sinking killed 38 people.", "38", 0)},
			[]claims.Claim{claim("deaths", "The sinking killed 41 people.", "41", 0)}, []int{0}},
		{"another metric is not the same figure",
			[]claims.Claim{claim("deaths", "The sinking killed 38 people.", "38", 0)},
			[]claims.Claim{claim("injured", "The sinking injured 38 people.", "38", 0)}, []int{-1}},
		{"a moved paragraph keeps its figure",
			[]claims.Claim{claim("deaths", "First 5 died.", "5", 0), claim("deaths", "A storm killed 12 in the port.", "12", 50)},
			[]claims.Claim{claim("deaths", "A storm killed 12 in the port.", "12", 0), claim("deaths", "First 5 died.", "5", 50)}, []int{1, 0}},
		{"two figures of one sentence, in order",
			[]claims.Claim{claim("deaths", "It killed 41, and 3 more died later.", "41", 0), claim("deaths", "It killed 41, and 3 more died later.", "3", 10)},
			[]claims.Claim{claim("deaths", "It killed 43, and 3 more died later.", "43", 0), claim("deaths", "It killed 43, and 3 more died later.", "3", 10)}, []int{0, 1}},
		{"a rewritten sentence: the one figure left of its kind",
			[]claims.Claim{claim("deaths", "The sinking killed 38 people.", "38", 0)},
			[]claims.Claim{claim("deaths", "Officials now put the toll of Saturday's disaster at 41.", "41", 0)}, []int{0}},
		{"rewritten, but two figures left: none paired",
			[]claims.Claim{claim("deaths", "The sinking killed 38 people.", "38", 0)},
			[]claims.Claim{claim("deaths", "Officials now put the toll at 41.", "41", 0), claim("deaths", "A 1998 wreck killed 200.", "200", 40)}, []int{-1}},
		{"nothing later", []claims.Claim{claim("deaths", "It killed 3.", "3", 0)}, nil, []int{-1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pair(tt.a, tt.b); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTrail compares the gazette's current revision with the Island Post:
// the gazette's earlier tolls come along as superseded claims of the toll's
// fact, and the fact says the gazette revised its figure.
func TestTrail(t *testing.T) {
	revs := gazette(t)
	tr := NewTrail(Build("harbour-gazette", revs))
	var got []string
	for _, c := range tr.Claims {
		got = append(got, fmt.Sprintf("%s %s %s", c.Earlier, c.Metric, c.Value))
		if !c.Superseded || c.Source != "harbour-gazette" {
			t.Errorf("earlier claim %+v: want it superseded, of harbour-gazette", c)
		}
	}
	want := "2025-03-02T12:00:00Z deaths 38|2025-03-02T12:00:00Z survivors 64|2025-03-03T12:00:00Z deaths 41|2025-03-03T12:00:00Z missing 8"
	if strings.Join(got, "|") != want {
		t.Errorf("earlier claims: got\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}

	_, island := read(t, "island-post", "island-post.md")
	cur := append(append([]claims.Claim(nil), revs[2].Claims...), island...)
	fs := tr.Compare(cur, func(cl []claims.Claim) []compare.Finding { return compare.Compare(cl, compare.Options{}) })
	var deaths *compare.Finding
	for i, f := range fs {
		for _, c := range append(f.Claims(), f.Superseded...) {
			if c.Earlier != "" && len(f.Sides) > 0 && f.Sides[0].Claims[0].Superseded {
				t.Errorf("a fact of earlier figures only is left: %+v", f)
			}
			if c.Metric == "missing" {
				t.Errorf("the missing figure, dropped in revision 3, is still a fact: %+v", f)
			}
		}
		if f.Metric == "deaths" && strings.Contains(fmt.Sprint(f.Sources), "island-post") {
			deaths = &fs[i]
		}
	}
	if deaths == nil {
		t.Fatalf("no deaths fact with the Island Post: %+v", fs)
	}
	rs := Revisions(*deaths)
	if len(rs) != 1 || rs[0].Source != "harbour-gazette" || rs[0].Values() != "38 → 41 → 43" {
		t.Errorf("revisions of the toll: got %+v, want harbour-gazette 38 → 41 → 43", rs)
	}
	if deaths.Status != compare.Conflict {
		t.Errorf("status: got %s, want conflict (the Island Post says 41, the gazette now 43)", deaths.Status)
	}
	for _, f := range fs {
		if f.Metric == "survivors" {
			if got := fmt.Sprint(RevisedBy(f)); got != "[harbour-gazette]" {
				t.Errorf("survivors revised by: got %s, want [harbour-gazette]", got)
			}
		}
		if f.Metric == "passengers" && len(Revisions(f)) != 0 {
			t.Errorf("passengers: got revisions %+v, want none (the figure never changed)", Revisions(f))
		}
	}
}

func TestRevisions(t *testing.T) {
	cur := claim("deaths", "It killed 41.", "41", 0)
	cur.Source = "a"
	old := func(v, when string) claims.Claim {
		c := claim("deaths", "It killed "+v+".", v, 0)
		c.Source, c.Superseded, c.Earlier = "a", true, when
		return c
	}
	other := claim("deaths", "It killed 41.", "41", 0)
	other.Source = "b"
	tests := []struct {
		name string
		f    compare.Finding
		want string
	}{
		{"revised", compare.Finding{Sides: []compare.Side{{Claims: []claims.Claim{cur}}}, Superseded: []claims.Claim{old("38", "2025-03-02T00:00:00Z")}}, "a: 38 → 41"},
		{"revised twice, listed oldest first", compare.Finding{Sides: []compare.Side{{Claims: []claims.Claim{cur}}},
			Superseded: []claims.Claim{old("39", "2025-03-03T00:00:00Z"), old("38", "2025-03-02T00:00:00Z")}}, "a: 38 → 39 → 41"},
		{"an earlier text with the same value", compare.Finding{Sides: []compare.Side{{Claims: []claims.Claim{cur}}}, Superseded: []claims.Claim{old("41", "2025-03-02T00:00:00Z")}}, ""},
		{"superseded in the text itself, not a revision", compare.Finding{Sides: []compare.Side{{Claims: []claims.Claim{cur}}}, Superseded: []claims.Claim{old("38", "")}}, ""},
		{"another source's earlier figure", compare.Finding{Sides: []compare.Side{{Claims: []claims.Claim{other}}}, Superseded: []claims.Claim{old("38", "2025-03-02T00:00:00Z")}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range Revisions(tt.f) {
				got = append(got, r.Source+": "+r.Values())
			}
			if strings.Join(got, "; ") != tt.want {
				t.Errorf("got %q, want %q", strings.Join(got, "; "), tt.want)
			}
		})
	}
}
