package mention

import (
	"fmt"
	"maps"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Anchors: most paragraphs of news hold no figure and no date, and both
// recognisers would lex and parse them only to find nothing. Every mention
// holds an anchor, a token no mention can do without: findAnchors looks
// for them with one cheap pass over the bytes, and a recogniser runs only
// on a text that holds one of its anchors.
//
// The anchors of the number recogniser (nrAnchor) are:
//   - a digit literal or a vulgar fraction (½): the number tokens (ntNum);
//   - a number word: zero..nine, ten..nineteen, twenty..ninety, hundred, the
//     scales, dozen, the ordinals from third and the scale ordinals, half,
//     quarter, and the plural magnitudes (hundreds, tens).
//
// Why no number mention exists without one: ngrammar emits only (a) after
// a figure, directly or behind a currency or "percent of", and (b) at a
// plural magnitude ("dozens", "hundreds"), an anchor. A figure starts,
// after its signs, at a number token or at a word of kind unit, teen,
// tens, hundred, half, quarter or "a"; after "a" it goes on only with a
// hundred, a scale, a dozen, or a denominator (an ordinal above second, a
// scale ordinal, quarter, half): an anchor in every case. "First" and
// "second" are no denominators, and card reads no ordinal.
//
// The anchors of the date recogniser (dtAnchor) are a digit, a month, a
// weekday (the month May only with a capital: the parser reads "may" as no
// month, nor "may 5" unless a year follows), today, tomorrow, yesterday
// and the decade names (strong ones), a number word before another, or
// before hundred or thousand (spelled), and the words that name a period
// (day, week, month, year, quarter, decade, weekend, the seasons), an
// ordinal or a number word after a lead (weak ones, see dtWeakAnchors).
// Why no date exists without one: every date the parser returns takes its
// fields from a number token, from the value of a month, weekday or
// number word, or from the reference moved by a relative day, a period
// word or an ordinal. Every other keyword (since, last, early, end, ago,
// fiscal, Q, half, will...) only opens, places or shifts a date read from
// an anchor: Q and H need the digits of "Q3"; "the first half of the
// year" and "last half of this year" need their year.
//
// Number words are common in news ("one of the"), and a number word makes
// a date only so: as a count before a period word ("two days ago",
// countAt before unitAt), which leads that word; as the day of "for the
// thirty" (theLed), as an ordinal is; with a month or a weekday, which is
// an anchor, or a year after lower-case "may", which is a digit or one in
// words; or as the first word of a year in words (spelledYear: "nineteen
// ninety", "nineteen hundred", "two thousand"), which the token after it
// tells: findAnchors reads it as it reads leads, below.
//
// A weak anchor makes a date only after a word that leads it, and which
// words lead it depends on the word (see dtWeakAnchors):
//   - day only after a count: a, a few, a couple of, a number word ("a
//     day ago", "two days ago");
//   - week, month and year after a count, after last/this/next and their
//     kin ("last year"), after early, late, mid, a dash, of, rest,
//     remaining, "my" ("mid-year", "end of year", "rest of my week"), or
//     after "the" that follows early, late, mid, a dash, of, in, rest,
//     remaining, quarter, half or a comma ("the end of the year", "later in
//     the year", "the first quarter of the year");
//   - quarter and decade after a count or last/this/next ("the past
//     decade"); the seasons after last/this/next ("last summer");
//   - weekend after last/this/next, or after "the" that follows over, at,
//     during or on ("over the weekend");
//   - an ordinal or a number word only as "on the first" or "for the
//     first" (theLed); with a month, a weekday, a number, or a period
//     word led as above, the date holds another anchor.
// So "the years of neglect", "the coming days" and "the first responders"
// hold none. The leads are read from the parser (agoAt and countAt,
// shiftLed, theLed, part and thisUnit, fraction, restOf), which reads no
// day after last/this/next and no quarter or decade after a part word;
// findAnchors does not ask whether a dash touches its words, so it may
// count an anchor the parser would not, never the reverse. The tests
// (recognize_anchor_test.go) run every three date keywords, ordinals and
// some number words and the four-word forms, and fail when any lead is
// taken away.
//
// Both lexers cut words the same way on a text without a digit: a word
// token is a maximal run of letters, so a word that is an anchor, all of
// whose letters are ASCII, is a maximal run of ASCII letters of the text;
// findAnchors looks every such run up among the anchors, strong and weak;
// the leads, common words ("the", "of", "a"), it looks up only before a
// weak anchor, so most words of a text are ruled out at one look. It reads
// the leads from the date lexer's tokens, back from the weak anchor:
// letter runs, each punctuation character, white space between (a word
// with a letter outside ASCII is no lead); it reads the token after a
// number word so too. On a text with a digit it needs to look no further.

// anchorSet is a set of recognisers, one bit each, whose anchors a text holds.
type anchorSet uint8

const (
	nrAnchor anchorSet = 1 << iota // the number recogniser's
	dtAnchor                       // the date recogniser's

	allAnchors = nrAnchor | dtAnchor
)

// nrAnchorKinds are the kinds of number words that are anchors; of the
// ordinals, only those that can be denominators (see the comment above).
var nrAnchorKinds = map[nwKind]bool{
	nwUnit: true, nwTeen: true, nwTens: true, nwHundred: true, nwScale: true, nwDozen: true,
	nwOrd: true, nwScaleOrd: true, nwHalf: true, nwQuarter: true, nwPlural: true,
}

// dtStrongWords are the date keywords that are anchors on their own, as
// months, weekdays and number words are.
var dtStrongWords = map[dtWordID]bool{
	wToday: true, wTomorrow: true, wYesterday: true, wDecadeName: true,
}

// dtLead is how a token of the date lexer leads a weak anchor after it.
type dtLead uint8

const (
	leadCount      dtLead = 1 << iota // a, an, few, couple, of: "a week ago"
	leadShift                         // last, this, next and their kin: "last year"
	leadPart                          // early, late, mid, a dash, of, rest, remaining, my: "mid-year"
	leadThe                           // "the"
	leadThePart                       // before "the": "end of the year", "first quarter of the year"
	leadTheWeekend                    // before "the": "over the weekend"
	leadTheOrd                        // before "the": "on the first"
)

// dtLeads are the leads of the date keywords (see the comment above);
// dtRestOwner is a leadPart too, a dash a leadPart and a leadThePart, a
// comma a leadThePart.
var dtLeads = map[dtWordID]dtLead{
	wA: leadCount, wAn: leadCount, wFew: leadCount, wCouple: leadCount,
	wOf:   leadCount | leadPart | leadThePart,
	wLast: leadShift, wPast: leadShift, wPrevious: leadShift, wThis: leadShift, wCurrent: leadShift,
	wNext: leadShift, wComing: leadShift, wFollowing: leadShift, wUpcoming: leadShift,
	wEarly: leadPart | leadThePart, wLate: leadPart | leadThePart, wMid: leadPart | leadThePart,
	wRest: leadPart | leadThePart, wRemaining: leadPart | leadThePart,
	wThe: leadThe,
	wIn:  leadThePart, wQuarter: leadThePart, wHalf: leadThePart,
	wOver: leadTheWeekend, wAt: leadTheWeekend, wDuring: leadTheWeekend,
	wOn: leadTheWeekend | leadTheOrd, wFor: leadTheOrd,
}

// dtWeakAnchors are the date keywords that are weak anchors: the leads of
// the token before that make one count, and those of the token before
// "the" that do (as the ordinals' are leadTheOrd).
var dtWeakAnchors = map[dtWordID][2]dtLead{
	wDay:     {leadCount, 0},
	wWeek:    {leadCount | leadShift | leadPart, leadThePart},
	wMonth:   {leadCount | leadShift | leadPart, leadThePart},
	wYear:    {leadCount | leadShift | leadPart, leadThePart},
	wQuarter: {leadCount | leadShift, 0},
	wDecade:  {leadCount | leadShift, 0},
	wWeekend: {leadShift, leadTheWeekend},
	wSpring:  {leadShift, 0}, wSummer: {leadShift, 0}, wAutumn: {leadShift, 0}, wFall: {leadShift, 0},
	wWinter: {leadShift, 0},
}

// anchorWord is what findAnchors knows of a word.
type anchorWord struct {
	set      anchorSet // the recognisers it is an anchor of on its own
	capital  bool      // a date anchor only with a capital: May
	after    dtLead    // a weak date anchor after a token with one of these leads
	afterThe dtLead    // or after "the" after a token with one of these
	lead     dtLead    // how it leads a weak date anchor after it (in leadOf)
	yearHead bool      // a date anchor before a word that is spelled: "nineteen ninety"
	spelled  bool      // a number word, hundred or thousand: may go on a year in words
}

// dtYearWords are the words besides the number words that spelledYear
// reads after the first word of a year.
var dtYearWords = []string{"hundred", "thousand"}

// weak reports whether w is a weak date anchor.
func (w anchorWord) weak() bool { return w.after|w.afterThe != 0 }

// anchorWords is the table of the words findAnchors looks for. It is made
// at first use: the vocabularies it reads are made by the init functions
// of other files.
var anchorWords = sync.OnceValue(func() *anchorVocab {
	loadNumberTables()
	words := map[string]anchorWord{}
	for _, w := range nrVocab[1:] {
		if nrAnchorKinds[w.kind] && !(w.kind == nwOrd && w.val <= 2) {
			a := words[w.key]
			a.set |= nrAnchor
			words[w.key] = a
		}
	}
	for w, e := range dtWords {
		a := words[w]
		switch {
		case e.cls == dtMonth || e.cls == dtWeekday || e.cls == dtKeyword && dtStrongWords[e.id]:
			a.set |= dtAnchor
			a.capital = e.cls == dtMonth && e.v == dtMay
		case e.cls == dtNumber:
			a.spelled, a.yearHead = true, true
			a.afterThe = leadTheOrd // "for the thirty", as an ordinal
			a.lead = leadCount      // "two days ago"
		case e.cls == dtOrdinal:
			a.afterThe = leadTheOrd
		case e.cls == dtKeyword:
			lead := dtWeakAnchors[e.id]
			a.after, a.afterThe = lead[0], lead[1]
		}
		if e.cls == dtKeyword {
			a.lead = dtLeads[e.id]
		}
		if a != (anchorWord{}) {
			words[w] = a
		}
	}
	owner := words[dtRestOwner]
	owner.lead |= leadPart
	words[dtRestOwner] = owner
	for _, w := range dtYearWords {
		a := words[w]
		a.spelled = true
		words[w] = a
	}
	v := &anchorVocab{of: []anchorWord{{}}, leadOf: []dtLead{0}}
	var anchors, leads []string
	for _, w := range slices.Sorted(maps.Keys(words)) {
		if !asciiLetters(w) {
			// findAnchors looks up runs of ASCII letters only
			panic(fmt.Sprintf("anchor word %q is not made of ASCII letters", w))
		}
		if a := words[w]; a.set != 0 || a.weak() || a.spelled {
			anchors = append(anchors, w)
			v.of = append(v.of, a)
		}
		if a := words[w]; a.lead != 0 {
			leads = append(leads, w)
			v.leadOf = append(v.leadOf, a.lead)
		}
	}
	v.table, v.leads = newWordTable(anchors), newWordTable(leads)
	v.vulgarMin, v.vulgarMax = utf8.MaxRune, 0
	for r := range vulgar {
		v.vulgarMin, v.vulgarMax = min(v.vulgarMin, r), max(v.vulgarMax, r)
	}
	return v
})

// anchorVocab is what findAnchors looks for besides digits.
type anchorVocab struct {
	table  *wordTable   // the words that are anchors, strong or weak
	of     []anchorWord // what each word of table is, by its number
	leads  *wordTable   // the words that lead a weak anchor
	leadOf []dtLead     // how each word of leads leads, by its number
	// vulgarMin and vulgarMax bound the vulgar fractions, so that most
	// other characters are ruled out without a look in the map.
	vulgarMin, vulgarMax rune
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// asciiLetters reports whether w is a non-empty run of ASCII letters
// shorter than the longest word a wordTable finds by its letters.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetterByte(w[i]) {
			return false
		}
	}
	return len(w) > 0 && len(w) < 32
}

// findAnchors returns the recognisers whose anchors text holds. It stops
// at the first digit, which is an anchor of both, and when it has found
// the anchors of both.
func findAnchors(text string) anchorSet {
	v := anchorWords()
	var found anchorSet
	for i := 0; i < len(text) && found != allAnchors; {
		c := text[i]
		switch {
		case isLetterByte(c):
			j := i + 1
			for j < len(text) && isLetterByte(text[j]) {
				j++
			}
			if j < len(text) && text[j] >= utf8.RuneSelf {
				if e, ok := letterRunEnd(text, j); ok {
					// a word with letters outside ASCII: no date keyword
					found |= v.numberAnchors(text[i:e])
					i = e
					break
				}
			}
			if v.table.mayHold(text[i:j]) { // most words are no anchor
				w := v.of[v.table.lookup(text[i:j])]
				if w.capital && !isUpperByte(c) {
					w.set &^= dtAnchor // "they may", not the month
				}
				found |= w.set
				if w.weak() && v.led(text, i, w) || w.yearHead && v.spelledAfter(text, j) {
					found |= dtAnchor
				}
			}
			i = j
			if i < len(text) && text[i] == ' ' {
				i++ // the space after most words, without a turn of the loop
			}
		case isDigitByte(c):
			return allAnchors
		case c < utf8.RuneSelf:
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				e, _ := letterRunEnd(text, i)
				found |= v.numberAnchors(text[i:e])
				i = e
			default:
				if r >= v.vulgarMin && r <= v.vulgarMax {
					if _, ok := vulgar[r]; ok {
						found |= nrAnchor
					}
				}
				i += n
			}
		}
	}
	return found
}

// led reports whether the weak anchor w at i has a lead before it that
// makes it a date, as the tokens of the date lexer before it say.
func (v *anchorVocab) led(text string, i int, w anchorWord) bool {
	prev, at := v.leadBefore(text, i)
	if prev&w.after != 0 {
		return true
	}
	if prev&leadThe == 0 || w.afterThe == 0 {
		return false
	}
	prev2, _ := v.leadBefore(text, at)
	return prev2&w.afterThe != 0
}

// spelledAfter reports whether the date lexer's token after j, white space
// between, is a number word, hundred or thousand, which make a year in
// words with a number word before them.
func (v *anchorVocab) spelledAfter(text string, j int) bool {
	k := j
	for k < len(text) {
		c := text[k]
		switch {
		case dtByteClass[c] == dcSpace:
			k++
		case isLetterByte(c):
			e := k + 1
			for e < len(text) && isLetterByte(text[e]) {
				e++
			}
			if e < len(text) && text[e] >= utf8.RuneSelf {
				if r, _ := utf8.DecodeRuneInString(text[e:]); unicode.IsLetter(r) {
					return false // a word with letters outside ASCII: no number word
				}
			}
			return v.of[v.table.lookup(text[k:e])].spelled
		case c < utf8.RuneSelf:
			return false // a sign
		default:
			r, n := utf8.DecodeRuneInString(text[k:])
			if !dtSpaceOf(r) {
				return false // a sign, or a word with letters outside ASCII
			}
			k += n
		}
	}
	return false
}

// leadBefore returns the lead of the date lexer's token before i, white
// space between, and where that token starts where it leads. There is no
// digit before i, or findAnchors would have stopped there.
func (v *anchorVocab) leadBefore(text string, i int) (dtLead, int) {
	k := i
	for k > 0 {
		c := text[k-1]
		switch {
		case dtByteClass[c] == dcSpace:
			k--
		case isLetterByte(c):
			s := k - 1
			for s > 0 && isLetterByte(text[s-1]) {
				s--
			}
			if s > 0 && text[s-1] >= utf8.RuneSelf {
				if r, _ := utf8.DecodeLastRuneInString(text[:s]); unicode.IsLetter(r) {
					return 0, s // a word with letters outside ASCII: no lead
				}
			}
			return v.leadOf[v.leads.lookup(text[s:k])], s
		case c < utf8.RuneSelf:
			switch c {
			case '-':
				return leadPart | leadThePart, k - 1
			case ',':
				return leadThePart, k - 1
			}
			return 0, k - 1
		default:
			// The character that ends at k is the one the lexer read
			// forward (UTF-8 tells where a character starts), or one byte
			// of no character, a sign to both.
			r, n := utf8.DecodeLastRuneInString(text[:k])
			switch {
			case dtSpaceOf(r):
				k -= n
			case dtPunctOf(r) == '-':
				return leadPart | leadThePart, k - n
			default:
				return 0, k - n // a sign, or a word with letters outside ASCII
			}
		}
	}
	return 0, 0 // the start of the text: no lead
}

// letterRunEnd returns the end of the date lexer's word that goes on at i
// (letters, in and out of ASCII), and whether it holds a letter outside
// ASCII. The date lexer and findAnchors both cut words with it.
func letterRunEnd(text string, i int) (int, bool) {
	wide := false
	for i < len(text) {
		if isLetterByte(text[i]) {
			i++
			continue
		}
		if text[i] < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		wide = true
		i += n
	}
	return i, wide
}

// numberAnchors returns nrAnchor if a run of ASCII letters of w, a word
// with letters outside ASCII, is a number anchor: the number lexer ends
// its words at 元 ("ten元").
func (v *anchorVocab) numberAnchors(w string) anchorSet {
	var found anchorSet
	for i := 0; i < len(w); {
		if !isLetterByte(w[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(w) && isLetterByte(w[j]) {
			j++
		}
		found |= v.of[v.table.lookup(w[i:j])].set & nrAnchor
		i = j
	}
	return found
}
