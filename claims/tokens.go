package claims

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// token is a word of a sentence: letters, digits, and the apostrophes and
// hyphens inside a word. What the word is, whatever its place, is in its
// lexeme, shared by every token of the same spelling.
type token struct {
	start, end int    // byte offsets into the text tokenised
	word       string // the word as written
	*lexeme
}

// lexeme is what claim reading asks of a word, worked out once per spelling
// (see vocab): each claim looks at every word of its sentence, so this is
// asked of the same words many times over.
type lexeme struct {
	lower string // folded: lower case, curly apostrophes straightened
	upper bool   // starts with an upper-case letter
	digit bool   // starts with a digit

	concept string // its event concept ("@air"), if any

	cue       string // the metric the word is a cue of, by the word or its stem
	isCue     bool
	wordCue   string // the metric the word itself (not its stem) is a cue of
	isWordCue bool
	event     bool // it names a kind of event (eventWord)
	name      bool // it can be part of a proper name: capitalised, not a stop word, month or weekday
	reporting bool // a verb that attributes what is said (attributionVerbs)
}

// breakLexeme is the lexeme of every clause break.
var breakLexeme = &lexeme{lower: ","}

// newLexeme works out what a word is.
func newLexeme(w string) *lexeme {
	r, _ := utf8.DecodeRuneInString(w)
	l := &lexeme{lower: foldWord(w), upper: unicode.IsUpper(r), digit: unicode.IsDigit(r)}
	l.wordCue, l.isWordCue = lex().metricCues[l.lower]
	if l.isWordCue {
		l.cue, l.isCue = l.wordCue, true
	} else {
		l.cue, l.isCue = lex().metricCueStems[stem(l.lower)]
	}
	c, ok := lex().eventConcepts[l.lower]
	l.event = ok && c != "@air" && !lex().unnamingWords[l.lower]
	l.name = l.upper && !l.digit && !stopwords[l.lower] && !mention.MonthWord(l.lower) && !mention.WeekdayName(l.lower)
	l.reporting = lex().attributionVerbs[l.lower]
	if l.digit || stopwords[l.lower] || len(l.lower) < 2 || mention.MonthWord(l.lower) {
		return l
	}
	l.concept, _ = conceptOf(l.lower)
	return l
}

// tokenize splits text into words. Punctuation is dropped except that each
// clause break (, ; : — ( ) and sentence ends) is kept as a token with word
// "," so that window searches can stop at clause edges.
func tokenize(text string) []token {
	v := getVocab()
	toks := slices.Collect(v.scan(text))
	v.release()
	return toks
}

// scan yields the tokens of text, in order.
func (v *vocab) scan(text string) iter.Seq[token] {
	return func(yield func(token) bool) {
		i := 0
		for i < len(text) {
			if text[i] == ' ' { // the common case first
				i++
				continue
			}
			ok, n := wordByte[text[i]], 1
			if text[i] >= utf8.RuneSelf {
				ok, n = wordRuneAt(text, i)
			}
			if ok {
				j := wordEnd(text, i, i+n)
				w := text[i:j]
				if !yield(token{start: i, end: j, word: w, lexeme: v.lookup(w)}) {
					return
				}
				i = j
				continue
			}
			if r, _ := utf8.DecodeRuneInString(text[i:]); clauseBreak(r) {
				if !yield(token{start: i, end: i + n, word: ",", lexeme: breakLexeme}) {
					return
				}
			}
			i += n
		}
	}
}

// wordEnd returns the end of the word that starts at i and goes on at
// least to j: letters and digits, and the apostrophes and hyphens inside a
// word and the separators inside a number ("3,000", "1.5").
func wordEnd(text string, i, j int) int {
	number := text[i] >= '0' && text[i] <= '9' || text[i] >= utf8.RuneSelf && startsWithDigit(text[i:])
	for j < len(text) {
		// ASCII first: letters and digits go on, and other characters
		// end the word, all but the separators looked at below.
		if c := text[j]; wordByte[c] {
			j++
			continue
		} else if c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' && c != ',' {
			break
		}
		if ok, n := wordRuneAt(text, j); ok {
			j += n
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',') && j+n < len(text) {
			next, _ := wordRuneAt(text, j+n)
			if r == '.' || r == ',' {
				if number && startsWithDigit(text[j+n:]) {
					j += n
					continue
				}
				break
			}
			if next {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// wordByte holds the ASCII letters and digits.
var wordByte = func() (t [256]bool) {
	for c := range 128 {
		b := byte(c)
		t[c] = b|0x20 >= 'a' && b|0x20 <= 'z' || b >= '0' && b <= '9'
	}
	return t
}()

// wordRuneAt reports whether a letter or a digit starts at text[i], and the
// size of the character there.
func wordRuneAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9', 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r), n
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// clauseBreak reports the punctuation that ends a clause.
func clauseBreak(r rune) bool {
	return strings.ContainsRune(",;:()—–[]\"“”", r) || r == '.' || r == '?' || r == '!'
}

// foldWord lower-cases a word and straightens curly apostrophes; a trailing
// possessive 's is dropped ("Russia’s" -> "russia").
func foldWord(w string) string {
	plain := true // ASCII lower case with no apostrophe: the common case, no allocation
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c == '\'' || ('A' <= c && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	w = strings.TrimSuffix(w, "'s")
	return strings.TrimSuffix(w, "'")
}

// stem strips common English inflections so that "crashed", "crashes" and
// "crash" meet. It is deliberately light: content words only need to meet.
func stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	for _, suf := range []string{"ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			base := w[:len(w)-len(suf)]
			switch suf {
			case "ies":
				return base + "y"
			case "es":
				// "crashes" -> "crash", but "stones" -> "ston" is fine for matching
				return base
			case "s":
				if strings.HasSuffix(base, "s") || strings.HasSuffix(base, "u") || strings.HasSuffix(base, "i") {
					return w
				}
			}
			if len(base) > 3 && base[len(base)-1] == base[len(base)-2] && !strings.ContainsRune("aeiouls", rune(base[len(base)-1])) {
				base = base[:len(base)-1] // "stopped" -> "stop"
			}
			return strings.TrimSuffix(base, "e")
		}
	}
	return strings.TrimSuffix(w, "e")
}
