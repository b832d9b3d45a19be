package mention

import (
	"math"
	"testing"
	"unicode/utf8"
)

// FuzzFindMentions checks that every recogniser, the overlap resolution and
// Qualify keep their promises on any input: no panic, offsets inside the
// text and on character boundaries, text[Start:End] == Text, and no NaN.
func FuzzFindMentions(f *testing.F) {
	for _, s := range []string{
		"Around 600,000 tons", "$3.7 billion", "2\u00a0000 troops", "Thirty-eight of the 67",
		"₹1 crore", "6 percent", "Flight 8243", "J2-8243", "Boeing 737-800", "at least 38 or more",
		"between 30 and 40", "$30-40 million", "one hundred and three and two thirds", "1.1^--23",
		"12,34,567.89", "5,00", "US$ 1MM", "c $ 100 and fifty.", "-4/5", "1.3x10^6", "½", "nought point",
		"https://x.y/?q=30%25", "+1-222-2222/2222", "10:30", "3 p.m.", "a quarter million us dollars",
		"thirteen dollars and forty-five cents", "u.s $ 5", "-", "$", "one over", "half a", "tens of",
		// dates (the date recogniser's own target is FuzzDates)
		"On December 25, 2024, when", "from 4 to 22 January, 1995", "2/29-3/1/2019", "Q3 this year", "2016H2",
		"in the late 1990s", "mid-2024", "since early October 2025", "the 2010-11 season", "last Thursday",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		check := func(what string, ms []Mention) {
			last := -1
			for _, m := range ms {
				if m.Start < 0 || m.End <= m.Start || m.End > len(text) {
					t.Fatalf("%s: mention %q at [%d,%d) in %d bytes", what, m.Text, m.Start, m.End, len(text))
				}
				if m.Start < last {
					t.Fatalf("%s: mention %q at %d out of order (after %d)", what, m.Text, m.Start, last)
				}
				last = m.Start
				if text[m.Start:m.End] != m.Text {
					t.Fatalf("%s: got text[%d:%d] %q, want %q", what, m.Start, m.End, text[m.Start:m.End], m.Text)
				}
				if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
					t.Fatalf("%s: mention %q splits a character", what, m.Text)
				}
				if math.IsNaN(m.Value.Number) || math.IsNaN(m.Value.Low) || math.IsNaN(m.Value.High) {
					t.Fatalf("%s: mention %q has a NaN value %#v", what, m.Text, m.Value)
				}
			}
		}
		check("number", (numberRecognizer{}).Recognize(text, RecognizeOptions{}))
		ms := FindMentions(text, RecognizeOptions{})
		check("FindMentions", ms)
		check("Qualify", Qualify(text, ms))
	})
}
