package claims

import (
	"fmt"
	"maps"
	"slices"
	"sync"
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
// figure, directly or behind a currency or "percent of", and (b) at a
// plural magnitude ("dozens", "hundreds"), an anchor. A figure starts,
// after its signs, at a number token or at a word of kind unit, teen,
// tens, hundred, half, quarter or "a"; after "a" it goes on only with a
// hundred, a scale, a dozen, or a denominator (an ordinal above second, a
// scale ordinal, quarter, half): an anchor in every case. "First" and
// "second" are no denominators, and card reads no ordinal.
//
// The anchors of the date recogniser (dtAnchor) are a digit, a month, a
// weekday, a number or ordinal word, and the keywords that name a day or a
// period: today, tomorrow, yesterday, day, week, month, year, quarter,
// decade, weekend, the seasons and the decade names. Why no date exists
// without one: every date the parser returns takes its fields from a number
// token, from the value of a month, weekday, number or ordinal word, or
// from the reference moved by one of those keywords (a relative day, a
// unit after last/next/this/ago, "the end of the year", "rest of the week",
// "this weekend", "last summer", "the nineties"). Every other keyword
// (in, since, the, last, early, end, ago, fiscal, Q, half, will...) only
// opens, places or shifts a date read from an anchor: Q and H need the
// digits of "Q3", half a year needs an ordinal or "last" and a year.
//
// Both lexers cut words the same way on a text without a digit: a word
// token is a maximal run of letters, so a word that is an anchor, all of
// whose letters are ASCII, is a maximal run of ASCII letters of the text;
// findAnchors looks every such run up. On a text with a digit it needs to
// look no further.

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

// dtAnchorWords are the date keywords that are anchors; months, weekdays,
// number and ordinal words all are.
var dtAnchorWords = map[dtWordID]bool{
	wToday: true, wTomorrow: true, wYesterday: true, wDay: true, wWeek: true, wMonth: true,
	wYear: true, wQuarter: true, wDecade: true, wWeekend: true, wSpring: true, wSummer: true,
	wAutumn: true, wFall: true, wWinter: true, wDecadeName: true,
}

// anchorWords is the table of the anchor words of both recognisers, with
// whose anchor each is. It is made at first use: the vocabularies it reads
// are made by the init functions of other files.
var anchorWords = sync.OnceValue(func() *anchorVocab {
	words := map[string]anchorSet{}
	for _, w := range nrVocab[1:] {
		if nrAnchorKinds[w.kind] && !(w.kind == nwOrd && w.val <= 2) {
			words[w.key] |= nrAnchor
		}
	}
	for w, e := range dtWords {
		if e.cls != dtNone && e.cls != dtKeyword || e.cls == dtKeyword && dtAnchorWords[e.id] {
			words[w] |= dtAnchor
		}
	}
	keys := slices.Sorted(maps.Keys(words))
	v := &anchorVocab{of: make([]anchorSet, 1, len(keys)+1), table: newWordTable(keys)}
	for _, w := range keys {
		if !asciiLetters(w) {
			// findAnchors looks up runs of ASCII letters only
			panic(fmt.Sprintf("anchor word %q is not made of ASCII letters", w))
		}
		v.of = append(v.of, words[w])
	}
	v.vulgarMin, v.vulgarMax = utf8.MaxRune, 0
	for r := range vulgar {
		v.vulgarMin, v.vulgarMax = min(v.vulgarMin, r), max(v.vulgarMax, r)
	}
	return v
})

// anchorVocab is what findAnchors looks for besides digits.
type anchorVocab struct {
	table *wordTable  // the anchor words
	of    []anchorSet // whose anchor each word of table is, by its number
	// vulgarMin and vulgarMax bound the vulgar fractions, so that most
	// other characters are ruled out without a look in the map.
	vulgarMin, vulgarMax rune
}

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
// at the first digit, which is an anchor of both.
func findAnchors(text string) anchorSet {
	v := anchorWords()
	var found anchorSet
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case isLetterByte(c):
			j := i + 1
			for j < len(text) && isLetterByte(text[j]) {
				j++
			}
			found |= v.of[v.table.lookup(text[i:j])]
			if found == allAnchors {
				return found
			}
			i = j
		case isDigitByte(c):
			return allAnchors
		case c < utf8.RuneSelf:
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if r >= v.vulgarMin && r <= v.vulgarMax {
				if _, ok := vulgar[r]; ok {
					found |= nrAnchor
				}
			}
			i += n
		}
	}
	return found
}
