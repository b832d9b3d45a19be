package sources

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSpace reports white space of every Unicode kind, plus the zero-width
// characters that web pages leave between words (U+200B, U+2060, U+FEFF).
// The characters of unicode.IsSpace are listed rather than looked up: most
// of the other characters in news text, curly quotes and dashes, sit in
// the block of U+2000, among the spaces, where the lookup is slowest
// (TestIsSpace holds the list to unicode.IsSpace).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	switch r {
	case '\u0085', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', // unicode.IsSpace
		'\u200b', '\u2060', '\ufeff', '\u180e': // zero width
		return true
	}
	return '\u2000' <= r && r <= '\u200a' // unicode.IsSpace
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

// fold makes a short line comparable with the tables: lower case, curly
// quotes and dashes made plain, runs of any white space made one space,
// bullets and punctuation at either end dropped.
func fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
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
	return strings.TrimFunc(b.String(), foldDrops)
}

// foldDrops reports what fold drops at the ends of a line: all but letters,
// digits and "()&$%©".
func foldDrops(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '(' && r != ')' && r != '&' && r != '$' && r != '%' && r != '©'
}

// words counts the white-space separated words of s.
func words(s string) int { return wordsUpTo(s, len(s)) }

// wordsUpTo counts the words of s, stopping once there are more than max
// (and then returning max+1). It counts the characters that start a word,
// a word character after space, with arithmetic rather than a branch on
// each character: words and spaces alternate too irregularly for branches
// to be predicted. ASCII text is counted eight bytes at a time.
func wordsUpTo(s string, max int) int {
	n := 0
	var in uint8 // 1 inside a word
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load64(s[i:]); x&(0x80*ones) == 0 {
				word := asciiWordBits(x)
				before := word<<8 | uint64(in)<<7 // the top bit of the character before each
				n += bits.OnesCount64(word &^ before)
				in = uint8(word >> 63)
				i += 8
				if n > max {
					return max + 1
				}
				continue
			}
		}
		var w uint8 // 1 for a character of a word
		if c := s[i]; c < utf8.RuneSelf {
			w = asciiWord[c]
			i++
		} else {
			r, m := utf8.DecodeRuneInString(s[i:])
			if !isSpace(r) {
				w = 1
			}
			i += m
		}
		n += int(w &^ in)
		in = w
		if n > max {
			return n
		}
	}
	return n
}

// ones has 1 in each of the eight bytes of a uint64.
const ones = 0x0101010101010101

// load64 returns the first eight bytes of s as a little-endian uint64.
func load64(s string) uint64 {
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// asciiWordBits sets the top bit of each byte of x, eight ASCII
// characters, that is a character of a word: not white space. With every
// byte below 0x80, adding k to each byte carries into none of the others,
// and sets a byte's top bit when it is 0x80-k or more.
func asciiWordBits(x uint64) uint64 {
	blank := ^((x ^ ' '*ones) + 0x7f*ones)                       // ' ', where x^' ' is 0
	breaks := (x + (0x80-'\t')*ones) &^ (x + (0x80-'\r'-1)*ones) // '\t' to '\r': \t \n \v \f \r
	return 0x80 * ones &^ (blank | breaks)
}

// asciiWord is 1 for the ASCII characters that are not white space.
var asciiWord = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if !isSpace(rune(c)) {
			t[c] = 1
		}
	}
	return t
}()

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

// lookupLower returns table[strings.ToLower(w)]. A short word, the common
// case, is lowered in a buffer on the stack rather than in a new string:
// the map lookup of string(bytes) does not allocate.
func lookupLower[V any](table map[string]V, w string) V {
	var buf [32]byte
	if len(w) > len(buf) {
		return table[strings.ToLower(w)]
	}
	return table[string(appendLower(buf[:0], w))]
}

// appendLower appends strings.ToLower(s) to b. It lowers ASCII itself, so
// that it allocates only when s does not fit b's capacity.
func appendLower(b []byte, s string) []byte {
	if !isASCII(s) {
		return append(b, strings.ToLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldASCII is fold for an ASCII line, the common case; ok is false for
// anything else (see asciiFold).
func foldASCII(s string) (string, bool) {
	t, upper, ok := asciiFold(s)
	if !ok || !upper {
		return t, ok
	}
	if len(t) > 64 {
		return strings.ToLower(t), true
	}
	var buf [64]byte // lowered here, then copied once into the string
	return string(appendLower(buf[:0], t)), true
}

// asciiFold returns the part of an ASCII line that fold keeps, its ends
// trimmed of what fold drops there, so that fold(s) is the lower case of
// t; upper says whether t has upper-case letters. ok is false, and fold
// must take the long way, when s is not ASCII or t holds white space other
// than single spaces.
func asciiFold(s string) (t string, upper, ok bool) {
	i, j := 0, len(s)
	for i < j && foldClass[s[i]].trimmed() {
		i++
	}
	for j > i && foldClass[s[j-1]].trimmed() {
		j--
	}
	t = s[i:j]
	for k := 0; k < len(t); k++ {
		switch foldClass[t[k]] {
		case foldUpper:
			upper = true
		case foldSpace:
			if t[k+1] == ' ' { // t ends in a character kept, not a space
				return "", false, false
			}
		case foldBreak, foldLong:
			return "", false, false
		}
	}
	return t, upper, true
}

// A foldByte says what asciiFold does with a byte.
type foldByte uint8

const (
	foldKeep  foldByte = iota // kept: a lower-case letter, a digit, "(", ")", "&", "$", "%"
	foldUpper                 // kept and lowered: an upper-case letter
	foldPunct                 // dropped at the ends, kept inside: other punctuation and symbols
	foldSpace                 // dropped at the ends, kept inside when single: a space
	foldBreak                 // dropped at the ends; inside, fold must take the long way: other white space
	foldLong                  // fold must take the long way: not ASCII
)

func (c foldByte) trimmed() bool { return c == foldPunct || c == foldSpace || c == foldBreak }

// foldClass is the foldByte of each byte.
var foldClass = func() (t [256]foldByte) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = foldLong
		case c >= 'A' && c <= 'Z':
			t[c] = foldUpper
		case !foldDrops(rune(c)):
			t[c] = foldKeep
		case c == ' ':
			t[c] = foldSpace
		case isSpace(rune(c)):
			t[c] = foldBreak
		default:
			t[c] = foldPunct
		}
	}
	return t
}()

// foldedIn reports whether set, one of page's tables of phrases (none
// longer than page.longestPhrase), holds the fold of s without its arrows,
// set[trimArrows(fold(s))]. For an ASCII line that is the lower case of
// asciiFold's t (which has no arrows at its ends), looked up without
// allocating; lowering keeps its length, so that a t longer than every
// phrase, most of the lines asked about, is not lowered at all.
func foldedIn(set map[string]bool, s string) bool {
	if t, _, ok := asciiFold(s); ok {
		return len(t) <= page.longestPhrase && lookupLower(set, t)
	}
	return set[trimArrows(fold(s))]
}

// sameFold reports whether a and b fold alike, without allocating for
// ASCII lines.
func sameFold(a, b string) bool {
	ta, _, oka := asciiFold(a)
	tb, _, okb := asciiFold(b)
	if oka && okb {
		return strings.EqualFold(ta, tb)
	}
	return fold(a) == fold(b)
}
