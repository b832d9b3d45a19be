package sources

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// isSpace lists the white space of unicode.IsSpace rather than looking it
// up: every character must still agree with it.
func TestIsSpace(t *testing.T) {
	zeroWidth := map[rune]bool{'\u200b': true, '\u2060': true, '\ufeff': true, '\u180e': true}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if want := unicode.IsSpace(r) || zeroWidth[r]; isSpace(r) != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, !want, want)
		}
	}
}

// controls skips eight bytes at a time: it must count as a byte at a time
// does, whatever the bytes and wherever they are.
func TestControls(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	interesting := []byte{0, 1, 0x1b, 0x1f, 0x20, '\n', '\t', 'a', 0x7f, 0x80, 0x9f, 0xa0, 0xe2, 0xff}
	for range 20000 {
		data := make([]byte, rng.IntN(40))
		for i := range data {
			if rng.IntN(2) == 0 {
				data[i] = interesting[rng.IntN(len(interesting))]
			} else {
				data[i] = byte(rng.IntN(256))
			}
		}
		if got, want := controls(data), controlsIn(data); got != want {
			t.Fatalf("controls(%q) = %d, want %d", data, got, want)
		}
	}
}

// wordsUpTo counts ASCII eight bytes at a time: it must count what
// strings.FieldsFunc cuts, wherever words, white space of every kind and
// other characters stand.
func TestWordsUpTo(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{" ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\x1c", "a", "bc", "Word", ".", "9",
		"\u00a0", "\u2009", "\u200b", "é", "—", "\x7f", "\x08", "\x0e"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		all := len(strings.FieldsFunc(s, isSpace))
		for _, max := range []int{0, 1, 3, 8, 20, len(s)} {
			if got, want := wordsUpTo(s, max), min(all, max+1); got != want {
				t.Fatalf("wordsUpTo(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
	}
}
