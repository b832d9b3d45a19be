package claims

import (
	"sort"
	"time"
)

// Mention is one number, amount, percentage or date expression found in a
// text, claim or not. Start and End are byte offsets into the text, so
// text[Start:End] == Text.
type Mention struct {
	Kind    Kind   // number, money, percent or date
	Start   int    // byte offset of the first byte
	End     int    // byte offset after the last byte
	Text    string // text[Start:End]
	Value   Value  // the normalised value, qualifier included
	Subtype string // integer, decimal, fraction, power (numbers); ordinal; word
}

// RecognizeOptions carries what a recogniser needs beyond the text.
type RecognizeOptions struct {
	// Reference is the moment relative expressions resolve against ("last
	// year", "on Wednesday", "December 25" with no year): the publication date.
	// The zero time means unknown: such dates keep an unknown year.
	Reference time.Time
}

// Recognizer finds one family of expressions in a text.
type Recognizer interface {
	Name() string
	Recognize(text string, opt RecognizeOptions) []Mention
}

// recognizers is the one table of expression recognisers, in priority order:
// where two mentions overlap, the one from the earlier recogniser wins, then
// the longer one.
var recognizers = []Recognizer{
	dateRecognizer{},
	numberRecognizer{},
}

// FindMentions runs every recogniser over text and returns the mentions in
// text order, with overlaps resolved.
func FindMentions(text string, opt RecognizeOptions) []Mention {
	type ranked struct {
		m    Mention
		prio int
	}
	var all []ranked
	for i, r := range recognizers {
		for _, m := range r.Recognize(text, opt) {
			all = append(all, ranked{m, i})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].prio != all[j].prio {
			return all[i].prio < all[j].prio
		}
		return all[i].m.End-all[i].m.Start > all[j].m.End-all[j].m.Start
	})
	var kept []Mention
	for _, r := range all {
		clash := false
		for _, k := range kept {
			if r.m.Start < k.End && k.Start < r.m.End {
				clash = true
				break
			}
		}
		if !clash {
			kept = append(kept, r.m)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept
}
