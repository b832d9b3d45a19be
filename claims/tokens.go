package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word of a sentence: letters, digits, and the apostrophes and
// hyphens inside a word.
type token struct {
	start, end int    // byte offsets into the text tokenised
	word       string // the word as written
	lower      string // folded: lower case, curly apostrophes straightened
	upper      bool   // starts with an upper-case letter
	digit      bool   // starts with a digit

	// Set by annotate, for context terms:
	key     string // the stem the word counts under; "" for words that do not count
	concept string // its event concept ("@air"), if any
}

// tokenize splits text into words. Punctuation is dropped except that each
// clause break (, ; : — ( ) and sentence ends) is kept as a token with word
// "," so that window searches can stop at clause edges.
func tokenize(text string) []token {
	out := make([]token, 0, len(text)/6+1) // about one word in six bytes
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				// keep inner apostrophes, hyphens, and digit separators
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',') && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if r2 == '.' || r2 == ',' {
						if unicode.IsDigit(r) && unicode.IsDigit(r3) {
							j += n2
							continue
						}
						break
					}
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += n2
						continue
					}
				}
				break
			}
			w := text[i:j]
			out = append(out, token{start: i, end: j, word: w, lower: foldWord(w),
				upper: unicode.IsUpper(r), digit: unicode.IsDigit(r)})
			i = j
		case strings.ContainsRune(",;:()—–[]\"“”", r) || r == '.' || r == '?' || r == '!':
			out = append(out, token{start: i, end: i + n, word: ",", lower: ","})
			i += n
		default:
			i += n
		}
	}
	return out
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
