package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/wordlist"
)

// The sentence splitter works on the mined blocks; a heading is one
// sentence. A sentence ends at ".", "!", "?", "…" or "...", with any closing
// quotes and brackets after it, when white space and then something other
// than a lower-case letter follow. A full stop does not end a sentence after
// an abbreviation that comes before a name or a number (Mr., Dr., St., Gen.,
// Dec., No.), after an initial (J. Smith), or inside a number (3.7). After
// words that end sentences as often as not (Inc., Ltd., etc., U.S.) it ends
// one only when a word that usually starts a sentence follows.

// An abbrev says which of the abbreviation lists hold a word.
type abbrev uint8

const (
	titleWord    abbrev = 1 << iota // words/abbrev-titles.txt: before a capitalised name or date
	numberedWord                    // words/abbrev-numbered.txt: before a number
	latinWord                       // words/abbrev-latin.txt: never ends a sentence
	enderWord                       // words/abbrev-enders.txt: ends one before a sentence starter
)

// maxDottedLetters is how many letters a dotted abbreviation not in the
// lists (U.S., U.K., a.m.) may have: after one a sentence ends only before
// a sentence starter.
const maxDottedLetters = 4

// sentenceWords are the splitter's vocabulary, read from words/.
type sentenceWords struct {
	// abbreviations holds the words of the four abbreviation lists, so
	// that the word before a full stop is looked up once, not in each.
	abbreviations map[string]abbrev
	// longest is the length of the longest abbreviation: an ASCII word
	// longer than that is not looked up.
	longest int
	// shapes[n][a] has bit b set when abbreviations holds a word of n
	// bytes that starts with the letter 'a'+a and ends with 'a'+b.
	shapes [][26]uint32
	// starters usually start a sentence.
	starters map[string]bool
}

// splitter is the vocabulary the sentence splitter uses.
var splitter = wordlist.Must(loadSentenceWords(wordLists))

// loadSentenceWords reads the abbreviation lists and the sentence starters.
// An abbreviation must start and end with a lower-case ASCII letter.
func loadSentenceWords(f *wordlist.Files) (*sentenceWords, error) {
	w := &sentenceWords{abbreviations: map[string]abbrev{}}
	for _, l := range []struct {
		file string
		kind abbrev
	}{
		{"words/abbrev-titles.txt", titleWord}, {"words/abbrev-numbered.txt", numberedWord},
		{"words/abbrev-latin.txt", latinWord}, {"words/abbrev-enders.txt", enderWord},
	} {
		es, err := f.Entries(l.file)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			a, b := e.Text[0], e.Text[len(e.Text)-1]
			if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
				return nil, e.Errorf("abbreviation %q does not start and end with a lower-case letter", e.Text)
			}
			w.abbreviations[e.Text] |= l.kind
			w.longest = max(w.longest, len(e.Text))
		}
	}
	w.shapes = make([][26]uint32, w.longest+1)
	for a := range w.abbreviations {
		w.shapes[len(a)][a[0]-'a'] |= 1 << (a[len(a)-1] - 'a')
	}
	var err error
	w.starters, err = f.Set("words/sentence-starters.txt")
	return w, err
}

// abbreviationShaped reports whether an ASCII word has the length, first
// and last letter of a word in abbreviations, in any case. Most words
// before a full stop do not, and are not looked up in the map.
func (sw *sentenceWords) abbreviationShaped(word string) bool {
	if len(word) > sw.longest {
		return false
	}
	a, b := word[0]|0x20-'a', word[len(word)-1]|0x20-'a' // lowered, if letters
	return a < 26 && b < 26 && sw.shapes[len(word)][a]>>b&1 != 0
}

// splitSentences appends the sentences of text[s:e] to out. stops is the
// text's stopFinder, shared by the calls for blocks in order.
func (sw *sentenceWords) splitSentences(out []Span, stops *stopFinder, text string, s, e int) []Span {
	start := s
	for i := s; i < e; {
		if i = stops.next(i, e); i == e {
			break
		}
		n := 1
		if text[i] == 0xE2 {
			if !strings.HasPrefix(text[i:e], "…") {
				i++
				continue
			}
			n = len("…")
		}
		// the whole run of terminators, then closing quotes and brackets
		j := i + n
		for j < e {
			r, m := utf8.DecodeRuneInString(text[j:e])
			if r == '.' || r == '!' || r == '?' || r == '…' || closing(r) {
				j += m
				continue
			}
			break
		}
		if j == e {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[j:e])
		if !isSpace(r) {
			i = j
			continue
		}
		next := j
		for next < e {
			r, m := utf8.DecodeRuneInString(text[next:e])
			if !isSpace(r) {
				break
			}
			next += m
		}
		if next == e {
			break
		}
		if sw.boundary(text, start, i, j, next, e) {
			out = appendSpan(out, text, start, j)
			start = next
		}
		i = next
	}
	return appendSpan(out, text, start, e)
}

// stopBytes are the bytes that may start a terminator: ".", "!", "?" and
// the first byte of "…".
const stopBytes = ".!?\xe2"

// A stopFinder finds the stop bytes of a text. Looking for each byte with
// strings.IndexByte, which is vectorised, is several times faster than
// testing every byte in a loop; the finder keeps where each byte comes next
// and looks for it again only once the splitter has gone past that place.
// It serves the whole text, the blocks in order, so that a rare byte ("!")
// is looked for again only after each place it occurs, not once a block.
type stopFinder struct {
	text string
	at   [len(stopBytes)]int // next offset of each byte, len(text) if none, -1 before the first look
}

func newStopFinder(text string) stopFinder {
	f := stopFinder{text: text}
	for k := range f.at {
		f.at[k] = -1
	}
	return f
}

// next returns the offset of the first stop byte in text[i:e], or e when
// there is none. i must not be less than in the call before.
func (f *stopFinder) next(i, e int) int {
	first := e
	for k := range f.at {
		if f.at[k] < i {
			f.at[k] = len(f.text)
			if j := strings.IndexByte(f.text[i:], stopBytes[k]); j >= 0 {
				f.at[k] = i + j
			}
		}
		first = min(first, f.at[k])
	}
	return first
}

func appendSpan(out []Span, text string, s, e int) []Span {
	s, e = trim(text, s, e)
	if s < e {
		out = append(out, Span{s, e})
	}
	return out
}

func closing(r rune) bool {
	switch r {
	case '"', '\'', '\u2019', '\u201d', '\u00bb', '\u203a', ')', ']', '*', '_':
		return true
	}
	return false
}

func opening(r rune) bool {
	switch r {
	case '"', '\'', '\u2018', '\u201c', '\u00ab', '\u2039', '(', '[', '*', '_', '¿', '¡':
		return true
	}
	return false
}

// wordBreak reports a character that ends, read backwards, the word before
// a full stop.
func wordBreak(r rune) bool {
	return isSpace(r) || opening(r) || r == '/' || r == '-' || r == '\u2014' || r == '\u2013'
}

// asciiWordBreak is wordBreak for ASCII, as a table.
var asciiWordBreak = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = wordBreak(rune(c))
	}
	return t
}()

// boundary decides whether the terminator at text[i] (its run ending at j,
// the next sentence's text at next) ends the sentence begun at start.
func (sw *sentenceWords) boundary(text string, start, i, j, next, e int) bool {
	// what follows: a lower-case letter continues the sentence
	k := next
	for k < e {
		r, m := utf8.DecodeRuneInString(text[k:e])
		if !opening(r) {
			break
		}
		k += m
	}
	if k == e {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:e])
	if unicode.IsLower(r) {
		return false
	}
	if text[i] != '.' || j-i > 1 && text[i+1] == '.' {
		return true // "?", "!", "…", "...", "." followed by a closing quote
	}
	if j > i+1 && text[i+1] != '.' {
		// a full stop with closing quotes: ends unless an abbreviation
		// is inside the quote, which is rare
		return true
	}
	// the word before the full stop
	w := i
	for w > start {
		if c := text[w-1]; c < utf8.RuneSelf {
			if asciiWordBreak[c] {
				break
			}
			w--
			continue
		}
		r, m := utf8.DecodeLastRuneInString(text[start:w])
		if wordBreak(r) {
			break
		}
		w -= m
	}
	word := text[w:i]
	if word == "" {
		return true
	}
	var ab abbrev
	if !isASCII(word) || sw.abbreviationShaped(word) {
		ab = lookupLower(sw.abbreviations, word)
	}
	if ab&latinWord != 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(word)
	if ab&titleWord != 0 && unicode.IsUpper(first) {
		return false
	}
	if ab&numberedWord != 0 && r >= '0' && r <= '9' {
		return false
	}
	// an initial: "J." or "W." in "George W. Bush"
	if r, m := utf8.DecodeRuneInString(word); m == len(word) && unicode.IsUpper(r) {
		return false
	}
	// a number ending a list marker at the start ("1. ")
	if w == start && isDigits(word) {
		return false
	}
	// dotted abbreviations (U.S., U.K., a.m.) and words that may or may not
	// end a sentence
	if ab&enderWord != 0 || strings.Contains(word, ".") && !strings.Contains(word, "..") && letters(word) <= maxDottedLetters {
		return lookupLower(sw.starters, wordAt(text, k, e))
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// wordAt returns the word of letters starting at text[k:].
func wordAt(text string, k, e int) string {
	j := k
	for j < e {
		r, m := utf8.DecodeRuneInString(text[j:e])
		if !unicode.IsLetter(r) {
			break
		}
		j += m
	}
	return text[k:j]
}

// sentences appends to out the sentences of the mined blocks of text.
func sentences(out []Span, text string, blocks []Block) []Span {
	stops := newStopFinder(text)
	for _, b := range blocks {
		switch b.Kind {
		case Heading:
			out = appendSpan(out, text, b.Start, b.End)
		case Paragraph:
			out = splitter.splitSentences(out, &stops, text, b.Start, b.End)
		}
	}
	return out
}
