package sources

import (
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
