package worddiff

import (
	"fmt"
	"strings"
	"testing"
)

// show renders chunks compactly: "=a b -c +d".
func show(cs []Chunk) string {
	var parts []string
	for _, c := range cs {
		p := map[Op]string{Equal: "=", Delete: "-", Insert: "+"}[c.Op]
		parts = append(parts, p+c.Text())
	}
	return strings.Join(parts, " | ")
}

func TestWords(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{"same", "killed 38 people", "killed  38\npeople", "=killed 38 people"},
		{"one word", "killed 38 people", "killed 39 people", "=killed | -38 | +39 | =people"},
		{"punctuation stays", "38, said", "38 said", "-38, | +38 | =said"},
		{"insert only", "the crash", "the fatal crash", "=the | +fatal | =crash"},
		{"delete only", "the fatal crash", "the crash", "=the | -fatal | =crash"},
		{"all new", "a b", "c d", "-a b | +c d"},
		{"empty first", "", "new words", "+new words"},
		{"both empty", "", "", ""},
		{"repeated words", "a a a b", "a b", "-a a | =a b"},
		{"unicode", "25 décembre", "7 juillet", "-25 décembre | +7 juillet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(Words(tt.a, tt.b)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExact(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{"one word", "killed 38 people", "killed 39 people", "=killed | -38 | +39 | =people"},
		{"shared words kept", "off Kelso Point on 3 March, killing 12 people", "the Maren sinking on 3 March killed 14 people",
			"-off Kelso Point | +the Maren sinking | =on 3 | -March, killing 12 | +March killed 14 | =people"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(Exact(tt.a, tt.b)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWordsRebuild checks that both diffs rebuild both texts, whatever the edit.
func TestWordsRebuild(t *testing.T) {
	pairs := [][2]string{
		{"The plane crashed on 25 December 2024, killing 38 people.", "The jet went down on July 7, killing 39 of those aboard."},
		{"trade reached $3.7bn last year", "bilateral trade of some $5bn a year"},
		{strings.Repeat("w ", 300), strings.Repeat("w x ", 200)},
	}
	for i, p := range pairs {
		for name, diff := range map[string]func(a, b string) []Chunk{"words": Words, "exact": Exact} {
			t.Run(fmt.Sprint(name, i), func(t *testing.T) { rebuild(t, p, diff) })
		}
	}
}

// rebuild checks that the equal and delete runs spell the first text and the
// equal and insert runs the second.
func rebuild(t *testing.T, p [2]string, diff func(a, b string) []Chunk) {
	var a, b []string
	for _, c := range diff(p[0], p[1]) {
		if len(c.Words) == 0 {
			t.Fatalf("empty chunk")
		}
		if c.Op != Insert {
			a = append(a, c.Words...)
		}
		if c.Op != Delete {
			b = append(b, c.Words...)
		}
	}
	if got, want := strings.Join(a, " "), strings.Join(strings.Fields(p[0]), " "); got != want {
		t.Errorf("first: got %q, want %q", got, want)
	}
	if got, want := strings.Join(b, " "), strings.Join(strings.Fields(p[1]), " "); got != want {
		t.Errorf("second: got %q, want %q", got, want)
	}
}

func TestRunes(t *testing.T) {
	for _, i := range []int{0, 1, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 70000} {
		r := toRune(i)
		if r >= 0xD800 && r <= 0xDFFF {
			t.Errorf("index %d: got surrogate %U", i, r)
		}
		if got := fromRune(r); got != i {
			t.Errorf("round trip %d: got %d, want %d", i, got, i)
		}
	}
}

func BenchmarkWords(b *testing.B) {
	a := strings.Repeat("The plane crashed on 25 December 2024, killing 38 people. ", 4)
	c := strings.Repeat("The jet went down on July 7, killing 39 of those aboard. ", 4)
	b.SetBytes(int64(len(a) + len(c)))
	for b.Loop() {
		Words(a, c)
	}
}

func TestUnits(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want string
	}{
		{"same", []string{"A ferry sank.", "Rescuers came."}, []string{"A ferry sank.", "Rescuers came."}, "=A ferry sank. Rescuers came."},
		{"one paragraph reworded", []string{"one", "two words", "three"}, []string{"one", "two other words", "three"}, "=one | -two words | +two other words | =three"},
		{"added at the end", []string{"one"}, []string{"one", "two"}, "=one | +two"},
		{"removed", []string{"one", "two"}, []string{"two"}, "-one | =two"},
		{"none", nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(Units(tt.a, tt.b)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
