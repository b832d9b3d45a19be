package sources

import (
	"math/rand/v2"
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
