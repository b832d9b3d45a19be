package mention

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// The vocabulary of the number recogniser: number words and scales here,
// as keywords of its grammar; currencies and units are data, in words/
// (words_number.go), where adding one is one line.

// nwKind is what a word means to the number grammar.
type nwKind uint8

const (
	nwNone     nwKind = iota
	nwUnit            // zero..nine
	nwTeen            // ten..nineteen
	nwTens            // twenty..ninety
	nwHundred         // hundred
	nwScale           // thousand, million, lakh, crore, and short forms (bn, k)
	nwDozen           // dozen(s), dz
	nwA               // a, an
	nwAnd             // and
	nwPoint           // point (five point five)
	nwNeg             // minus, negative
	nwOrd             // an ordinal used as a denominator: third(s), fifth(s), twentieth
	nwScaleOrd        // hundredth, thousandth, millionth...
	nwHalf            // half, halves
	nwQuarter         // quarter(s)
	nwPercent         // percent, per cent (cent), percentage, pct
	nwPlural          // dozens, hundreds, thousands, millions: a vague order of magnitude
	nwOver            // over (one over three)
	nwOut             // out (one out of three)
	nwOf              // of
)

// nword is a vocabulary entry.
type nword struct {
	kind     nwKind
	val      float64 // the number, the scale, or the denominator
	plural   bool    // ordinals: fifths, quarters
	short    bool    // scales: a short form (bn, k) that needs a number before it
	key      string  // the word folded to lower case
	code     bool    // a currency code written in lower case (usd, rmb, rs)
	function bool    // a function word that may open a sentence before a figure ("In 2023")
	starts   bool    // may start a mention: a number word, a code, "dollars"
	dollar   bool    // a country before a dollar sign (A$, "hk $"): may start a mention there

	// What the tables of units and currencies say of the word, read once
	// here rather than in a map for every figure.
	unit      string    // the unit it names (nrUnits), "" for none
	cur       *currency // the currency it names (currencyWord), nil for none
	pairFirst bool      // the first word of a two-word currency name (nrCurrencyPairs)
}

// nrWords are the words the number grammar knows, by spelling. It and the
// tables below are made at first use (loadNumberTables).
var nrWords map[string]nword

// numberWords are the number words and the grammar's keywords.
func numberWords() map[string]nword {
	nrWords := map[string]nword{}
	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	for i, w := range units {
		nrWords[w] = nword{kind: nwUnit, val: float64(i)}
	}
	nrWords["nought"] = nword{kind: nwUnit}
	nrWords["naught"] = nword{kind: nwUnit}
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range teens {
		nrWords[w] = nword{kind: nwTeen, val: float64(10 + i)}
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		nrWords[w] = nword{kind: nwTens, val: float64(20 + 10*i)}
	}
	nrWords["fourty"] = nword{kind: nwTens, val: 40}
	nrWords["hundred"] = nword{kind: nwHundred, val: 100}
	for w, v := range map[string]float64{
		"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
	} {
		nrWords[w] = nword{kind: nwScale, val: v}
	}
	for w, v := range map[string]float64{
		"bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "mil": 1e6, "tn": 1e12, "tln": 1e12,
		"trn": 1e12, "k": 1e3, "mm": 1e6,
	} {
		nrWords[w] = nword{kind: nwScale, val: v, short: true}
	}
	for _, w := range []string{"dozen", "dozens", "dz", "dzs", "doz", "dozs"} {
		nrWords[w] = nword{kind: nwDozen, val: 12, plural: strings.HasSuffix(w, "s")}
	}
	nrWords["a"] = nword{kind: nwA, val: 1}
	nrWords["an"] = nword{kind: nwA, val: 1}
	nrWords["and"] = nword{kind: nwAnd}
	nrWords["point"] = nword{kind: nwPoint}
	nrWords["minus"] = nword{kind: nwNeg}
	nrWords["negative"] = nword{kind: nwNeg}
	ords := map[string]float64{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
		"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
		"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
		"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	}
	for w, v := range ords {
		nrWords[w] = nword{kind: nwOrd, val: v}
		nrWords[w+"s"] = nword{kind: nwOrd, val: v, plural: true}
	}
	for w, v := range map[string]float64{"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12} {
		nrWords[w] = nword{kind: nwScaleOrd, val: v}
		nrWords[w+"s"] = nword{kind: nwScaleOrd, val: v, plural: true}
	}
	nrWords["half"] = nword{kind: nwHalf, val: 2}
	nrWords["halves"] = nword{kind: nwHalf, val: 2, plural: true}
	nrWords["quarter"] = nword{kind: nwQuarter, val: 4}
	nrWords["quarters"] = nword{kind: nwQuarter, val: 4, plural: true}
	for _, w := range []string{"percent", "percents", "percentage", "pct"} {
		nrWords[w] = nword{kind: nwPercent}
	}
	nrWords["per"] = nword{kind: nwPercent, short: true} // "per cent"
	for w, v := range map[string]float64{"hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "tens": 10} {
		nrWords[w] = nword{kind: nwPlural, val: v}
	}
	nrWords["over"] = nword{kind: nwOver}
	nrWords["out"] = nword{kind: nwOut}
	nrWords["of"] = nword{kind: nwOf}
	return nrWords
}

// glued scale suffixes written right after digits: 10k, 3.7bn, 10M, 1.2b.
// The case-sensitive ones are checked before folding.
func gluedScale(s string, money bool) (float64, bool) {
	switch s {
	case "k", "K":
		return 1e3, true
	case "M", "MM", "mn", "mln", "mil", "Mn", "MN":
		return 1e6, true
	case "b", "B", "bn", "Bn", "BN", "bln":
		return 1e9, true
	case "G":
		return 1e9, money // "5G" is a network, "$5G" an amount
	case "tn", "tln", "trn", "Tn", "T":
		return 1e12, true
	case "m":
		return 1e6, money
	case "t":
		return 1e12, money
	}
	return 0, false
}

// currency is one way of writing a currency.
type currency struct {
	code   string  // ISO 4217 (or a common code such as BTC)
	name   string  // the English name the conformance specs use
	factor float64 // whole units per unit written: 0.01 for cents
	minor  bool    // a sub-unit (cent, penny): may end an amount ("3 dollars 50 cents")
}

func cur(code, name string) currency { return currency{code: code, name: name, factor: 1} }

// The currency and unit tables, from words/ (see setNumberLists).
var (
	// nrSymbols are currency signs that stand before or after the figure.
	nrSymbols map[rune]currency
	// nrDollarPrefixes qualify a dollar sign: US$, C$, HK$, "us $", A$.
	nrDollarPrefixes map[string]currency
	// nrCodes are ISO 4217 codes read before or after a figure. Upper case
	// always; lower case only for codes that are not also English words.
	nrCodes map[string]currency
	// nrLowerCodes are the codes read in lower case.
	nrLowerCodes []string
	// nrCurrencyWords are currency names written after (or, for a few,
	// before) the figure; multi-word names are in nrCurrencyPairs.
	nrCurrencyWords map[string]currency
	// nrCurrencyPairs are two-word names: an adjective and a currency word.
	nrCurrencyPairs map[string]currency
	// nrUnits are units of things counted or measured: the figure becomes
	// a number with Value.Unit set. Keys are lower case, singular or as
	// written.
	nrUnits map[string]string
)

// nrPairFirst holds the first words of nrCurrencyPairs, so that a pair is
// looked up only when it can match.
var nrPairFirst map[string]bool

// nrFunctionWords are English function words: a number after one of them
// at the start of a sentence is a figure, not part of a name.
var nrFunctionWords = "in on at by for from to of with since until till after before during within about " +
	"around some nearly almost over under only just all the these those another every each more fewer less " +
	"than roughly approximately exactly among and but or nor so yet if when while as per up down between " +
	"including excluding least most estimated total both either neither no not there here then now today " +
	"yesterday what which who whose why how where also another those by of nearly perhaps maybe overall"

// nrTable finds a word of a text in nrVocab.
var nrTable *wordTable

// The words the grammar reads besides numbers, currencies, units and
// calendarWords.
var nrGrammarWords = "the that this which each every any no another some cent points st nd rd th am pm p o " +
	"b g k m t mm mn mil mln bn bln tn tln trn x metric square sq cubic u plus"

// setNumberLists makes the number recogniser's tables from the number
// words, the grammar's keywords and the word lists l.
func setNumberLists(l *numberWordLists) {
	nrSymbols, nrDollarPrefixes, nrCodes, nrLowerCodes = l.signs, l.dollarPrefixes, l.codes, l.lowerCodes
	nrCurrencyWords, nrCurrencyPairs, nrUnits = l.names, l.pairs, l.units
	setQualifiers(l)
	nrWords = numberWords()
	nrPairFirst = map[string]bool{}
	for k := range nrCurrencyPairs {
		f := strings.Fields(k)
		nrPairFirst[f[0]] = true
		for _, w := range f {
			addKnown(w)
		}
	}
	for k := range nrCurrencyWords {
		addKnown(k)
		addKnown(k + "s")
	}
	for k := range nrUnits {
		addKnown(k)
	}
	for k := range nrDollarPrefixes {
		addKnown(k)
	}
	for _, w := range strings.Fields(nrGrammarWords) {
		addKnown(w)
	}
	for w := range calendarWords {
		addKnown(w)
	}
	for _, k := range strings.Fields(nrFunctionWords) {
		addKnown(k)
		w := nrWords[k]
		w.function = true
		nrWords[k] = w
	}
	for _, k := range nrLowerCodes {
		addKnown(k)
		w := nrWords[k]
		w.code = true
		nrWords[k] = w
	}
	keys := make([]string, 0, len(nrWords))
	for k := range nrWords {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	nrVocab = make([]nword, 1, len(keys)+1)
	for _, k := range keys {
		w := nrWords[k]
		w.key = k
		_, prefix := nrDollarPrefixes[k]
		switch w.kind {
		case nwUnit, nwTeen, nwTens, nwHundred, nwHalf, nwQuarter, nwNeg, nwPercent, nwPlural, nwDozen:
			w.starts = true
		}
		w.starts = w.starts || w.code || k == "dollar" || k == "dollars" || k == "u"
		w.dollar = prefix
		w.unit, w.pairFirst = nrUnits[k], nrPairFirst[k]
		if c, ok := currencyWord(k); ok {
			w.cur = &c
		}
		nrVocab = append(nrVocab, w)
	}
	nrTable = newWordTable(keys)
}

// nrVocab holds every known word; entry 0 is the empty one.
var nrVocab []nword

// addKnown adds a word the grammar reads but that is no number.
func addKnown(w string) {
	if _, ok := nrWords[w]; !ok {
		nrWords[w] = nword{key: w}
	}
}

// knownWord returns the index in nrVocab of a word, looked up
// case-insensitively without allocating; 0 when the word is not known.
func knownWord(w string) uint16 { return nrTable.lookup(w) }

// wordTable numbers the words of a small vocabulary, 1 up in the order
// given, and finds a word of a text among them in any letter case without
// allocating. Lexers look up every word they read, so a filter of a bit
// for each word rules out most words of a text at one look (mayHold), and
// the table groups its words by first and last letter, with a bit for
// each length a group holds: the others are compared with the few words
// of their group.
type wordTable struct {
	lens   [26 * 26]uint32              // bit n: the group holds a word of n bytes
	filter [1 << filterBits / 64]uint64 // mayHold's, by filterBit: a bit for each word of letters
	start  [26*26 + 1]uint16            // group g is words[start[g]:start[g+1]]
	words  []string                     // in lower case, by group
	nums   []uint16                     // the number of each of words
	other  map[string]uint16            // words that do not start and end with an ASCII letter
}

// newWordTable makes the table of words, which are in lower case.
func newWordTable(words []string) *wordTable {
	t := &wordTable{other: map[string]uint16{}}
	type entry struct {
		g int
		w string
		n uint16
	}
	var byGroup []entry
	for i, w := range words {
		n := uint16(i + 1)
		if g, ok := letterGroup(w); ok && len(w) < 32 {
			t.lens[g] |= 1 << len(w)
			b := filterBit(w)
			t.filter[b/64] |= 1 << (b % 64)
			byGroup = append(byGroup, entry{g, w, n})
		} else {
			t.other[w] = n
		}
	}
	slices.SortStableFunc(byGroup, func(a, b entry) int { return a.g - b.g })
	for _, e := range byGroup {
		t.start[e.g+1]++
		t.words = append(t.words, e.w)
		t.nums = append(t.nums, e.n)
	}
	for g := 1; g < len(t.start); g++ {
		t.start[g] += t.start[g-1]
	}
	return t
}

// lookup returns the number of w, 0 when it is no word of the table. A
// word that starts with an ASCII byte other than a letter, or ends with one,
// is none.
func (t *wordTable) lookup(w string) uint16 {
	if len(w) == 0 {
		return 0
	}
	g, ok := letterGroup(w)
	if !ok {
		if w[0] < utf8.RuneSelf {
			return 0
		}
		var buf [32]byte
		if len(w) > len(buf) {
			return 0
		}
		for i := 0; i < len(w); i++ {
			buf[i] = lowerASCII(w[i])
		}
		return t.other[string(buf[:len(w)])]
	}
	if t.lens[g]&(1<<len(w)) == 0 {
		return 0
	}
	for k := t.start[g]; k < t.start[g+1]; k++ {
		if c := t.words[k]; len(c) == len(w) && foldsTo(w, c) {
			return t.nums[k]
		}
	}
	return 0
}

// mayHold is lookup's first test for a word of ASCII letters, small
// enough to be inlined where most words are no word of the table: false
// when the table holds no word of its length and first, middle and last
// letters, as a bit of the table's filter tells. A word of a group of a
// few words and a common word are often alike in length, first and last
// letter (tue and the, tens and this, three and there); the middle
// letter sets most of them apart.
func (t *wordTable) mayHold(w string) bool {
	b := filterBit(w)
	return t.filter[b/64]&(1<<(b%64)) != 0
}

// filterBit is the bit of mayHold's filter for a word of ASCII letters: a
// hash of its length and its first, middle and last letters.
func filterBit(w string) uint64 {
	k := uint64(w[0]|0x20) | uint64(w[len(w)/2]|0x20)<<8 | uint64(w[len(w)-1]|0x20)<<16 | uint64(len(w))<<24
	return k * 0x9e3779b97f4a7c15 >> (64 - filterBits)
}

// filterBits is the bits of a filter's index: a table of some hundred
// words takes a few in a hundred of its bits, and 2 KB.
const filterBits = 14

// letterGroup is the wordTable group of a word whose first and last bytes
// are ASCII letters.
func letterGroup(w string) (int, bool) {
	a, b := w[0]|0x20, w[len(w)-1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return 0, false
	}
	return int(a-'a')*26 + int(b-'a'), true
}

// foldsTo reports whether w with A-Z folded is lower, of the same length.
func foldsTo(w, lower string) bool {
	for i := 0; i < len(w); i++ {
		if lowerASCII(w[i]) != lower[i] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isCode reports whether w is a currency code as written: USD, usd, Rs.
func isCode(w string) bool {
	_, ok := nrCodes[w]
	return ok
}

// currencySign looks a symbol up among the currency signs, all of which
// but the dollar are outside ASCII.
func currencySign(r rune) (currency, bool) {
	if r < utf8.RuneSelf && r != '$' {
		return currency{}, false
	}
	c, ok := nrSymbols[r]
	return c, ok
}

// currencyWord looks a folded word up as a currency name, singular or plural.
func currencyWord(w string) (currency, bool) {
	if c, ok := nrCurrencyWords[w]; ok {
		return c, true
	}
	if len(w) > 3 && w[len(w)-1] == 's' {
		if c, ok := nrCurrencyWords[w[:len(w)-1]]; ok {
			return c, true
		}
	}
	return currency{}, false
}
