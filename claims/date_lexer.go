package claims

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
	s, e  int    // byte offsets into the text
	kind  dtKind // word, number or punctuation
	sp    bool   // white space (or the start of the text) before the token
	upper bool   // a word that starts with an upper-case letter
	ord   bool   // a number written with st, nd, rd or th
	nd    int    // digits in a number
	n     int    // value of a number (of its first 9 digits)
	cls   dtClass
	id    dtWordID // which keyword, for dtKeyword words
	v     int      // keyword value: month 1-12, weekday 1-7 (Monday 1), number word value
	p     byte     // punctuation: the ASCII character; '-' for every dash; 0 for others
}

var dtPool = sync.Pool{New: func() any { s := make([]dtok, 0, 256); return &s }}

// dtLex splits text into tokens, appending to toks.
func dtLex(text string, toks []dtok) []dtok {
	sp := true
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			sp = true
			i++
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
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
		case c < utf8.RuneSelf && dtIsASCIILetter(c):
			i, toks = dtLexWord(text, i, sp, toks)
			sp = false
		case c < utf8.RuneSelf:
			toks = append(toks, dtok{s: i, e: i + 1, kind: dtPunct, sp: sp, p: c})
			i++
			sp = false
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
				sp = true
				i += n
			case unicode.IsLetter(r):
				i, toks = dtLexWord(text, i, sp, toks)
				sp = false
			default:
				t := dtok{s: i, e: i + n, kind: dtPunct, sp: sp}
				switch r {
				case '–', '—', '‐', '‑', '‒', '−':
					t.p = '-'
				case '’', '‘':
					t.p = '\''
				}
				toks = append(toks, t)
				i += n
				sp = false
			}
		}
	}
	return toks
}

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
	var buf [12]byte
	j, n, ascii := i, 0, true
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if !dtIsASCIILetter(c) {
				break
			}
			if n < len(buf) {
				buf[n] = c | 0x20
			}
			n++
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		ascii = false
		j += size
	}
	t := dtok{s: i, e: j, kind: dtWord, sp: sp}
	if c := text[i]; c >= 'A' && c <= 'Z' {
		t.upper = true
	}
	if ascii && n <= len(buf) && n > 0 && dtFirst[buf[0]-'a'] {
		if k, ok := dtWords[string(buf[:n])]; ok {
			t.cls, t.id, t.v = k.cls, k.id, k.v
		}
	}
	return j, append(toks, t)
}
