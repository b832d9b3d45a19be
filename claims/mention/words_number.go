package mention

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/wordlist"
)

// numberWordLists are the number recogniser's word lists: currencies,
// units, and the qualifiers that bound a figure. The number words and the
// words of the number grammar are keywords in Go (recognize_vocab.go).
type numberWordLists struct {
	signs          map[rune]currency   // currency-signs.txt
	dollarPrefixes map[string]currency // dollar-prefixes.txt
	codes          map[string]currency // currency-codes.txt, and lower-case codes
	lowerCodes     []string            // currency-codes-lower.txt
	names          map[string]currency // currency-names.txt
	pairs          map[string]currency // currency-pairs.txt
	units          map[string]string   // units.txt
	qualifiers     []qualifierPhrase   // qualifier-phrases.txt, in file order
	overNouns      map[string]bool     // over-nouns.txt
}

// qualifierPhrase is a phrase before a figure that bounds it.
type qualifierPhrase struct {
	words []string
	q     Qualifier
}

// numberLists are the word lists the number recogniser uses, read at
// their first use.
var numberLists = sync.OnceValue(func() *numberWordLists { return wordlist.Must(loadNumberWordLists(wordLists)) })

// numberTablesOnce makes the number recogniser's tables once.
var numberTablesOnce sync.Once

// loadNumberTables makes the number recogniser's tables (nrVocab, nrTable,
// the currencies, units and qualifiers) from the word lists, the first
// time it is called: a command that reads no text (--version, the store's)
// does not pay for them. The recognisers that read the tables call it
// first: the number recogniser, the qualifier reader and the anchor scan.
func loadNumberTables() { numberTablesOnce.Do(func() { setNumberLists(numberLists()) }) }

// loadNumberWordLists reads the currencies, units and qualifiers of f.
func loadNumberWordLists(f *wordlist.Files) (*numberWordLists, error) {
	l := &numberWordLists{signs: map[rune]currency{}}
	signs, err := readCurrencies(f, "words/currency-signs.txt")
	if err != nil {
		return nil, err
	}
	for _, s := range signs {
		r, n := utf8.DecodeRuneInString(s.key)
		if n != len(s.key) || r == utf8.RuneError || r < utf8.RuneSelf && r != '$' {
			return nil, s.rec.Errorf("%q: want one sign, '$' or outside ASCII", s.key)
		}
		l.signs[r] = s.cur
	}
	for _, t := range []struct {
		file string
		m    *map[string]currency
	}{
		{"words/dollar-prefixes.txt", &l.dollarPrefixes},
		{"words/currency-codes.txt", &l.codes},
		{"words/currency-names.txt", &l.names},
		{"words/currency-pairs.txt", &l.pairs},
	} {
		cs, err := readCurrencies(f, t.file)
		if err != nil {
			return nil, err
		}
		*t.m = make(map[string]currency, len(cs))
		for _, c := range cs {
			(*t.m)[c.key] = c.cur
		}
	}
	lower, err := f.Entries("words/currency-codes-lower.txt")
	if err != nil {
		return nil, err
	}
	for _, e := range lower {
		c, ok := l.codes[strings.ToUpper(e.Text)]
		if !ok || e.Text != strings.ToLower(e.Text) {
			return nil, e.Errorf("%q: want a lower-case code whose upper case is in currency-codes.txt", e.Text)
		}
		l.codes[e.Text] = c
		l.lowerCodes = append(l.lowerCodes, e.Text)
	}
	for k := range l.pairs {
		if len(strings.Fields(k)) < 2 {
			return nil, &wordlist.Error{File: "claims/mention/words/currency-pairs.txt", Msg: strconv.Quote(k) + " is one word: it belongs in currency-names.txt"}
		}
	}
	if l.units, err = f.Table("words/units.txt"); err != nil {
		return nil, err
	}
	if l.qualifiers, err = readQualifiers(f, "words/qualifier-phrases.txt"); err != nil {
		return nil, err
	}
	if l.overNouns, err = f.Set("words/over-nouns.txt"); err != nil {
		return nil, err
	}
	return l, nil
}

// keyedCurrency is one entry of a currency file.
type keyedCurrency struct {
	key string // as written in the text
	cur currency
	rec wordlist.Record
}

// readCurrencies reads records "written: CODE, Name[, factor][, minor]".
func readCurrencies(f *wordlist.Files, file string) ([]keyedCurrency, error) {
	rs, err := f.Records(file)
	if err != nil {
		return nil, err
	}
	seen := map[string]int{}
	out := make([]keyedCurrency, 0, len(rs))
	for _, r := range rs {
		if l, ok := seen[r.Key]; ok {
			return nil, r.Errorf("%q is given already on line %d", r.Key, l)
		}
		seen[r.Key] = r.Line
		fs := strings.Split(r.Value, ",")
		for i := range fs {
			fs[i] = strings.TrimSpace(fs[i])
		}
		if len(fs) < 2 || len(fs) > 4 || !currencyCode(fs[0]) || fs[1] == "" {
			return nil, r.Errorf("%q: want \"CODE, Name[, factor][, minor]\"", r.Value)
		}
		c := currency{code: fs[0], name: fs[1], factor: 1}
		rest := fs[2:]
		if len(rest) > 0 && rest[len(rest)-1] == "minor" {
			c.minor = true
			rest = rest[:len(rest)-1]
		}
		if len(rest) == 1 {
			c.factor, err = strconv.ParseFloat(rest[0], 64)
			if err != nil || !(c.factor > 0) {
				return nil, r.Errorf("factor %q: want a number above 0", rest[0])
			}
		} else if len(rest) > 1 {
			return nil, r.Errorf("%q: want \"CODE, Name[, factor][, minor]\"", r.Value)
		}
		out = append(out, keyedCurrency{key: r.Key, cur: c, rec: r})
	}
	return out, nil
}

// currencyCode reports three upper-case letters A to Z.
func currencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// readQualifiers reads records "qualifier: phrase", in file order.
func readQualifiers(f *wordlist.Files, file string) ([]qualifierPhrase, error) {
	rs, err := f.Records(file)
	if err != nil {
		return nil, err
	}
	known := map[Qualifier]bool{AtLeast: true, MoreThan: true, AtMost: true, LessThan: true, Nearly: true, Approx: true, Estimated: true}
	seen := map[string]int{}
	out := make([]qualifierPhrase, 0, len(rs))
	for _, r := range rs {
		q := Qualifier(r.Key)
		if !known[q] {
			return nil, r.Errorf("qualifier %q: want at least, more than, at most, less than, nearly, about or estimated", r.Key)
		}
		words := strings.Fields(strings.ToLower(r.Value))
		p := strings.Join(words, " ")
		if l, ok := seen[p]; ok {
			return nil, r.Errorf("%q is given already on line %d", p, l)
		}
		seen[p] = r.Line
		out = append(out, qualifierPhrase{words: words, q: q})
	}
	return out, nil
}
