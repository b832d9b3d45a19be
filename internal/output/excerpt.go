package output

import (
	"strings"
	"unicode/utf8"
)

// MaxTitle is how many characters of a title, an outlet or an author an
// output shows: news titles run to 100 or so.
const MaxTitle = 240

// MaxQuote is how many characters of a sentence a quote shows: a sentence
// of news runs to 300 or so, and a longer one is cut around its figure.
const MaxQuote = 480

// Excerpt quotes a sentence for people: on one line, printable (Line), and
// when it is longer than limit characters, cut to about limit around the first
// place figure stands in it, at word boundaries, with "…" where it was cut.
// When the figure is not in the sentence the cut keeps its start; an empty
// sentence quotes the figure. A figure longer than limit is cut too.
func Excerpt(sentence, figure string, limit int) string {
	if sentence == "" {
		sentence = figure
	}
	limit = max(limit, 8)
	if len(sentence) <= limit {
		return cut(Line(sentence), Line(figure), limit, false, false)
	}
	// A long sentence is first narrowed in bytes around the figure, so that
	// a megabyte of text is not folded for each of its figures.
	i := strings.Index(sentence, figure)
	if figure == "" || i < 0 {
		i = 0
	}
	span := 4*limit + 16 // bytes enough for limit characters either side
	from, to := i-span, i+len(figure)+span
	head, tail := from > 0, to < len(sentence)
	from, to = max(from, 0), min(to, len(sentence))
	// Onto character boundaries: at most three bytes, a character's tail
	// (text that is not UTF-8 has no boundaries to find).
	for k := 0; k < 3 && from > 0 && from < to && !utf8.RuneStart(sentence[from]); k++ {
		from++
	}
	for k := 0; k < 3 && to > from && to < len(sentence) && !utf8.RuneStart(sentence[to]); k++ {
		to--
	}
	return cut(Line(sentence[from:to]), Line(figure), limit, head, tail)
}

// cut is Excerpt on a sentence already on one line; head and tail say that
// text was cut off before or after it already.
func cut(s, t string, limit int, head, tail bool) string {
	n := utf8.RuneCountInString(s)
	if n <= limit && !head && !tail {
		return s
	}
	i := strings.Index(s, t)
	if t == "" || i < 0 {
		i, t = 0, ""
	}
	if tn := utf8.RuneCountInString(t); tn > limit-4 {
		t = clipRunes(t, limit-4)
		s = s[:i+len(t)]
		tail = true
	}
	// Room either side of the figure, ellipses counted.
	room := limit - utf8.RuneCountInString(t) - 4
	before := utf8.RuneCountInString(s[:i])
	after := utf8.RuneCountInString(s[i+len(t):])
	b := min(before, room/2)
	a := min(after, room-b)
	b = min(before, room-a)
	from := i
	for k := 0; k < b; k++ {
		_, w := utf8.DecodeLastRuneInString(s[:from])
		from -= w
	}
	to := i + len(t)
	for k := 0; k < a; k++ {
		_, w := utf8.DecodeRuneInString(s[to:])
		to += w
	}
	// Whole words: a cut inside a word moves to its edge, unless the word
	// is the figure's own or runs to the figure.
	if from > 0 && s[from-1] != ' ' {
		if j := strings.IndexByte(s[from:i], ' '); j >= 0 {
			from += j + 1
		}
	}
	if to < len(s) && s[to] != ' ' {
		if j := strings.LastIndexByte(s[i+len(t):to], ' '); j >= 0 {
			to = i + len(t) + j
		}
	}
	out := strings.TrimSpace(s[from:to])
	if from > 0 || head {
		out = "… " + out
	}
	if to < len(s) || tail {
		out += " …"
	}
	return out
}

// Clip shortens s to at most limit characters, on one line and printable,
// marking a cut with "…": for titles and other text with no figure.
func Clip(s string, limit int) string {
	return Excerpt(s, "", limit)
}

// clipRunes is the first n characters of s.
func clipRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
