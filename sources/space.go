package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSpace reports white space of every Unicode kind, plus the zero-width
// characters that web pages leave between words (U+200B, U+2060, U+FEFF).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff' || r == '\u180e'
}

// trim returns the span [s, e) of text without white space at either end.
func trim(text string, s, e int) (int, int) {
	for s < e {
		c := text[s]
		if c < utf8.RuneSelf {
			if !isSpace(rune(c)) {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		c := text[e-1]
		if c < utf8.RuneSelf {
			if !isSpace(rune(c)) {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// blank reports whether s holds nothing but white space.
func blank(s string) bool {
	a, b := trim(s, 0, len(s))
	return a == b
}

// fold makes a short line comparable with the tables: lower case, curly
// quotes and dashes made plain, runs of any white space made one space,
// bullets and punctuation at either end dropped.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isSpace(r):
			space = true
			continue
		case r == '\u2018' || r == '\u2019' || r == '\u201b' || r == '\u2032':
			r = '\''
		case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u2033':
			r = '"'
		case r >= '\u2010' && r <= '\u2015' || r == '\u2212':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimFunc(b.String(), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '(' && r != ')' && r != '&' && r != '$' && r != '%'
	})
}

// words counts the white-space separated words of s.
func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// endsSentence reports whether s ends like a sentence: a full stop, question
// or exclamation mark, ellipsis, colon or semicolon, perhaps followed by
// closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '\u2019', '\u201d', '\u00bb', ')', ']', '*', '_':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '\u2026', ':', ';':
			return true
		}
		return false
	}
	return false
}
