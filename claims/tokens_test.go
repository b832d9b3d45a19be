package claims

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestFoldSpace(t *testing.T) {
	for in, want := range map[string]string{
		"":                          "",
		"plain words":               "plain words",
		" leading":                  "leading",
		"trailing ":                 "trailing",
		"two  spaces":               "two spaces",
		"tab\there":                 "tab here",
		"line\r\nbreak":             "line break",
		"no\u00a0break":             "no break",
		"thin\u2009space, é\u3000x": "thin space, é x",
		" ":                         "",
		"bad \xff byte":             "bad \xff byte",
		"control\x01char":           "control\x01char",
	} {
		if got := foldSpace(in); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokenize(t *testing.T) {
	for in, want := range map[string][]string{
		"Thirty-eight people died.":     {"Thirty-eight", "people", "died", ","},
		"Russia’s 3,000 troops; 1.5 bn": {"Russia’s", "3,000", "troops", ",", "1.5", "bn"},
		"word.Next, 5.x and a,b":        {"word", ",", "Next", ",", "5", ",", "x", "and", "a", ",", "b"},
		"Zürich’s  café—el Niño (2024)": {"Zürich’s", "café", ",", "el", "Niño", ",", "2024", ","},
		"٣٠ قتيلا":                      {"٣٠", "قتيلا"},
		"rock 'n' roll's end-":          {"rock", "n", "roll's", "end"},
		"\xff\xfebad":                   {"bad"},
	} {
		var got []string
		for _, tk := range tokenize(in) {
			got = append(got, tk.word)
			if tk.word != "," && in[tk.start:tk.end] != tk.word {
				t.Errorf("%q: token %q at [%d:%d]", in, tk.word, tk.start, tk.end)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("tokenize(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every token of a spelling shares one lexeme, and what it says of the
// word matches the word lists.
func TestLexeme(t *testing.T) {
	toks := tokenize("Crashed crashed, the Killed killed killed 5")
	if toks[0].lexeme == toks[1].lexeme || toks[5].lexeme != toks[6].lexeme {
		t.Errorf("lexemes not shared by spelling")
	}
	if toks[0].lower != "crashed" || !toks[0].upper || toks[1].upper {
		t.Errorf("got %+v", *toks[0].lexeme)
	}
	if k := toks[5]; !k.isWordCue || k.cue != "deaths" {
		t.Errorf("a metric cue: %+v", *k.lexeme)
	}
	if k := toks[3]; k.concept != "" || k.name {
		t.Errorf("a stop word names no event and no one: %+v", *k.lexeme)
	}
	if d := toks[7]; !d.digit {
		t.Errorf("a number: %+v", *d.lexeme)
	}
	if c := toks[0]; c.concept != "@crash" || !c.event {
		t.Errorf("an event word: %+v", *c.lexeme)
	}
}

// A vocabulary is reused while it is small, and dropped when it has grown
// past maxVocab spellings; either way tokens come out the same.
func TestVocabReuse(t *testing.T) {
	for len(vocabs) > 0 { // start with no idle vocabulary
		<-vocabs
	}
	v := getVocab()
	before := slices.Collect(v.scan("Rescuers pulled survivors from the rubble"))
	v.release()
	if w := getVocab(); w != v {
		t.Errorf("an idle vocabulary was not reused")
		w.release()
	} else {
		for i := range maxVocab {
			w.lookup("w" + itoa(i))
		}
		w.release()
		u := getVocab()
		if u == w {
			t.Errorf("a full vocabulary was reused")
		}
		after := slices.Collect(u.scan("Rescuers pulled survivors from the rubble"))
		u.release()
		if len(after) != len(before) {
			t.Fatalf("got %d tokens, then %d", len(before), len(after))
		}
		for i := range after {
			a, b := after[i], before[i]
			if a.word != b.word || a.lower != b.lower || a.cue != b.cue || a.concept != b.concept {
				t.Errorf("token %d: %+v, then %+v", i, *b.lexeme, *a.lexeme)
			}
		}
	}
}

// foldSpace is strings.Fields joined by single spaces, on any text.
func FuzzFoldSpace(f *testing.F) {
	for _, s := range []string{"", " a  b ", "x\u00a0\u2009y", "\xff \xfe", "tab\tline\nend"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
