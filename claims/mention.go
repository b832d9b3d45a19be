package claims

import (
	"slices"
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
// where two mentions overlap, the one from the earlier recogniser wins. Each
// returns its mentions in text order, none overlapping another of its own.
var recognizers = []Recognizer{
	dateRecognizer{},
	numberRecognizer{},
}

// FindMentions runs every recogniser over text and returns the mentions in
// text order, with overlaps resolved.
func FindMentions(text string, opt RecognizeOptions) []Mention {
	// Each recogniser returns its mentions in text order without overlaps,
	// so the earlier recogniser's mentions are kept whole and a later one's
	// are kept where they overlap none of them: a merge of sorted lists.
	var kept []Mention
	for _, r := range recognizers {
		found := inOrder(r.Recognize(text, opt))
		if len(kept) == 0 {
			kept = append(kept, found...)
			continue
		}
		merged := make([]Mention, 0, len(kept)+len(found))
		i := 0
		for _, m := range found {
			for i < len(kept) && kept[i].End <= m.Start {
				merged = append(merged, kept[i])
				i++
			}
			if i < len(kept) && kept[i].Start < m.End {
				continue // overlaps a mention of an earlier recogniser
			}
			merged = append(merged, m)
		}
		kept = append(merged, kept[i:]...)
	}
	return kept
}

// inOrder makes a recogniser's mentions sorted and non-overlapping (the
// longer of two overlapping mentions stays), cheaply when they already are.
func inOrder(ms []Mention) []Mention {
	ordered := true
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			ordered = false
			break
		}
	}
	if ordered {
		return ms
	}
	slices.SortStableFunc(ms, func(a, b Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return (b.End - b.Start) - (a.End - a.Start)
	})
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 && m.Start < out[n-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
}
