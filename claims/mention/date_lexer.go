package mention

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// The date recogniser reads a text once, into tokens, and parses date
// expressions over the tokens. No regular expression runs over the text.

type dtKind uint8

const (
	dtWord dtKind = iota
	dtNum
	dtPunct
)

// dtok is one token of the date lexer: a run of letters, a run of digits
// (with an ordinal suffix: "25th"), or one punctuation character.
type dtok struct {
	s, e  int      // byte offsets into the text
	n     int      // value of a number (of its first 9 digits)
	v     int      // keyword value: month 1-12, weekday 1-7 (Monday 1), number word value
	nd    int      // digits in a number
	kind  dtKind   // word, number or punctuation
	cls   dtClass  // keyword class of a word
	id    dtWordID // which keyword, for dtKeyword words
	p     byte     // punctuation: the ASCII character; '-' for every dash; 0 for others
	sp    bool     // white space (or the start of the text) before the token
	upper bool     // a word that starts with an upper-case letter
	ord   bool     // a number written with st, nd, rd or th
}

var dtPool = sync.Pool{New: func() any { s := make([]dtok, 0, 256); return &s }}

// Byte classes of the lexer.
const (
	dcPunct uint8 = iota
	dcSpace
	dcDigit
	dcLetter
	dcHigh // the first byte of a multi-byte character
)

var dtByteClass = func() (c [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case b >= 0x80:
			c[b] = dcHigh
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
			c[b] = dcSpace
		case b >= '0' && b <= '9':
			c[b] = dcDigit
		case b|0x20 >= 'a' && b|0x20 <= 'z':
			c[b] = dcLetter
		}
	}
	return c
}()

// dtLex splits text into tokens, appending to toks.
func dtLex(text string, toks []dtok) []dtok {
	sp := true
	i := 0
	for i < len(text) {
		c := text[i]
		switch dtByteClass[c] {
		case dcSpace:
			sp = true
			i++
		case dcDigit:
			j := i
			n := 0
			for j < len(text) && dtByteClass[text[j]] == dcDigit {
				if j-i < 9 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			t := dtok{s: i, e: j, kind: dtNum, sp: sp, nd: j - i, n: n}
			if j+1 < len(text) && dtOrdinalSuffix(text[j], text[j+1]) && (j+2 == len(text) || !dtLetterAt(text, j+2)) {
				t.ord = true
				t.e = j + 2
			}
			toks = append(toks, t)
			i = t.e
			sp = false
		case dcLetter:
			i, toks = dtLexWord(text, i, sp, toks)
			sp = false
			if i < len(text) && text[i] == ' ' {
				i++ // the space after most words, without a turn of the loop
				sp = true
			}
		case dcPunct:
			toks = append(toks, dtok{s: i, e: i + 1, kind: dtPunct, sp: sp, p: c})
			i++
			sp = false
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case dtSpaceOf(r):
				sp = true
				i += n
			case unicode.IsLetter(r):
				i, toks = dtLexWord(text, i, sp, toks)
				sp = false
			default:
				toks = append(toks, dtok{s: i, e: i + n, kind: dtPunct, sp: sp, p: dtPunctOf(r)})
				i += n
				sp = false
			}
		}
	}
	return toks
}

// dtPunctOf is the p of a punctuation token outside ASCII: '-' for every
// dash, an apostrophe for the curly quotes, 0 for others.
func dtPunctOf(r rune) byte {
	switch r {
	case '–', '—', '‐', '‑', '‒', '−':
		return '-'
	case '’', '‘':
		return '\''
	}
	return 0
}

// dtSpaceOf reports whether a character outside ASCII is white space to
// the lexer, which no token holds.
func dtSpaceOf(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

func dtIsASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func dtLetterAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return dtIsASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func dtOrdinalSuffix(a, b byte) bool {
	a, b = a|0x20, b|0x20
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')
}

// dtLexWord reads a run of letters and looks it up among the date keywords.
func dtLexWord(text string, i int, sp bool, toks []dtok) (int, []dtok) {
	// The same cut as findAnchors's, which relies on it; most words are
	// of ASCII letters, read without a call.
	j := i
	for j < len(text) && isLetterByte(text[j]) {
		j++
	}
	ascii := true
	if j < len(text) && text[j] >= utf8.RuneSelf {
		var wide bool
		j, wide = letterRunEnd(text, j)
		ascii = !wide
	}
	t := dtok{s: i, e: j, kind: dtWord, sp: sp, upper: text[i] >= 'A' && text[i] <= 'Z'}
	// mayHold rules out most words, which are no keyword, without a call.
	if ascii && dtTable.mayHold(text[i:j]) {
		if e, ok := dtLookup(text[i:j]); ok {
			t.cls, t.id, t.v = e.cls, e.id, e.v
		}
	}
	return j, append(toks, t)
}

// dtLookup looks a word of ASCII letters up among the date keywords, in
// any case and without allocating.
func dtLookup(w string) (dtEntry, bool) {
	n := dtTable.lookup(w)
	return dtEntries[n], n != 0
}
