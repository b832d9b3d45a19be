package output

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPrintable(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text, “quoted” — 38", "plain text, “quoted” — 38"},
		{"\x1b[2J\x1b[H", "^[[2J^[[H"},
		{"\x1b]0;title\x07", "^[]0;title^G"},
		{"a\nb\r\tc\x00\x7f", "a^Jb^M^Ic^@^?"},
		{"a\u009b2Kb", "a<U+009B>2Kb"},
		{"evil\u202etxt.exe", "evil<U+202E>txt.exe"},
		{"bad \xff byte", "bad <FF> byte"},
	} {
		if got := Printable(tc.in); got != tc.want {
			t.Errorf("Printable(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"one line", "one line"},
		{"  two\n lines\t\u00a0here ", "two lines here"},
		{"a\x1b[1Ab", "a^[[1Ab"},
		{"", ""},
	} {
		if got := Line(tc.in); got != tc.want {
			t.Errorf("Line(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDefuse(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"::error title=x::a.txt:1:2: conflict", `\::error title=x::a.txt:1:2: conflict`},
		{"    ::add-mask::secret", `    \::add-mask::secret`},
		{"\u00a0##[warning]x", "\u00a0\\##[warning]x"},
		{"a.txt:1:2: x ::error::", "a.txt:1:2: x ::error::"},
		{": one colon", ": one colon"},
	} {
		if got := Defuse(tc.in); got != tc.want {
			t.Errorf("Defuse(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("word ", 200) + "killing 38 people " + strings.Repeat("more ", 200)
	for _, tc := range []struct {
		name, sentence, figure string
		limit                  int
		want                   string
	}{
		{"short sentence whole", "It killed 38 people.", "38", 40, "It killed 38 people."},
		{"folded and printable", "It\n killed\x1b 38.", "38", 40, "It killed^[ 38."},
		{"no sentence quotes the figure", "", "38", 40, "38"},
		{"cut around the figure", "one two three four five six seven 38 nine ten eleven twelve thirteen", "38", 24, "… seven 38 nine ten …"},
		{"figure not found keeps the start", "one two three four five six seven eight nine", "99", 20, "one two three …"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Excerpt(tc.sentence, tc.figure, tc.limit); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	got := Excerpt(long, "38", MaxQuote)
	if n := utf8.RuneCountInString(got); n > MaxQuote || !strings.Contains(got, "killing 38 people") ||
		!strings.HasPrefix(got, "… ") || !strings.HasSuffix(got, " …") {
		t.Errorf("long sentence: got %d characters %q", n, got)
	}
	huge := strings.Repeat("x", 1<<20) + " 38 " + strings.Repeat("y", 1<<20)
	if got := Excerpt(huge, "38", MaxQuote); utf8.RuneCountInString(got) > MaxQuote || !strings.Contains(got, "38") {
		t.Errorf("a megabyte sentence: got %d characters", utf8.RuneCountInString(got))
	}
	if got := Excerpt("a "+strings.Repeat("9", 100)+" b", strings.Repeat("9", 100), 20); utf8.RuneCountInString(got) > 20 {
		t.Errorf("a figure over the limit: got %q", got)
	}
}

func FuzzExcerpt(f *testing.F) {
	f.Add("It killed 38 people on Sunday.", "38", 20)
	f.Add("\x1b[2K 38\u202e", "38", 8)
	f.Fuzz(func(t *testing.T, s, fig string, limit int) {
		limit = limit%2000 + 1
		if limit < 0 {
			limit = -limit
		}
		got := Excerpt(s, fig, limit)
		if !utf8.ValidString(got) && utf8.ValidString(s) && utf8.ValidString(fig) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", got)
		}
		if n := utf8.RuneCountInString(got); n > max(limit, 8) && firstUnprintable(s+fig) < 0 {
			t.Fatalf("%d characters, limit %d: %q", n, limit, got)
		}
		if firstUnprintable(got) >= 0 && !strings.Contains(got, "<") {
			t.Fatalf("unprintable left: %q", got)
		}
	})
}
