package mention

import (
	"slices"
	"sync"
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

// recognizer finds one family of expressions in a text.
type recognizer interface {
	Name() string
	Recognize(text string, opt RecognizeOptions) []Mention
}

// recognizers is the one table of expression recognisers, in priority order:
// where two mentions overlap, the one from the earlier recogniser wins. Each
// returns its mentions in text order, none overlapping another of its own.
var recognizers = []appendRecognizer{
	dateRecognizer{},
	numberRecognizer{},
}

// appendRecognizer is a recognizer that can append its mentions to a list
// the caller owns: FindMentions keeps the lists of every recogniser in
// reused space and allocates only the result.
type appendRecognizer interface {
	recognizer
	appendMentions(dst []Mention, text string, opt RecognizeOptions) []Mention
	// anchor is the recogniser's bit in what findAnchors returns: it finds
	// nothing in a text without one of its anchors.
	anchor() anchorSet
}

// mentionLists is FindMentions' working space, reused between calls.
type mentionLists struct {
	found, kept, merged []Mention
}

var mentionListsPool = sync.Pool{New: func() any { return new(mentionLists) }}

// FindMentions runs every recogniser over text and returns the mentions in
// text order, with overlaps resolved.
func FindMentions(text string, opt RecognizeOptions) []Mention {
	return findMentions(nil, text, opt, findAnchors(text))
}

// AppendMentions appends to dst what FindMentions returns, so that a caller
// that reads many texts (extraction, one block after another) can keep the
// list's room from one to the next.
func AppendMentions(dst []Mention, text string, opt RecognizeOptions) []Mention {
	return findMentions(dst, text, opt, findAnchors(text))
}

// findMentions appends to dst what FindMentions returns, running only the
// recognisers whose anchors text holds, as has says; most paragraphs of
// news need none.
func findMentions(dst []Mention, text string, opt RecognizeOptions, has anchorSet) []Mention {
	if has == 0 {
		return dst
	}
	l := mentionListsPool.Get().(*mentionLists)
	l.kept = l.kept[:0]
	for _, r := range recognizers {
		if has&r.anchor() == 0 {
			continue
		}
		l.found = inOrder(r.appendMentions(l.found[:0], text, opt))
		l.merged = mergeMentions(l.merged[:0], l.kept, l.found)
		l.kept, l.merged = l.merged, l.kept
	}
	dst = append(dst, l.kept...)
	// The lists hold strings of this text: let it go.
	clear(l.found)
	clear(l.kept)
	clear(l.merged)
	mentionListsPool.Put(l)
	return dst
}

// recognizeAlone is the Recognize of a recogniser that appends: the
// mentions go to reused space first and are copied once to a list of their
// own, which then has no spare room. Without one of r's anchors in text
// there is nothing to find.
func recognizeAlone(r appendRecognizer, text string, opt RecognizeOptions) []Mention {
	if findAnchors(text)&r.anchor() == 0 {
		return nil
	}
	l := mentionListsPool.Get().(*mentionLists)
	l.found = r.appendMentions(l.found[:0], text, opt)
	var out []Mention
	if len(l.found) > 0 {
		out = slices.Clone(l.found)
	}
	clear(l.found)
	mentionListsPool.Put(l)
	return out
}

// mergeMentions appends to dst the kept mentions, of earlier recognisers,
// and those found by a later one that overlap none of them. Both lists are
// in text order without overlaps, so this is a merge of sorted lists.
func mergeMentions(dst, kept, found []Mention) []Mention {
	i := 0
	for _, m := range found {
		for i < len(kept) && kept[i].End <= m.Start {
			dst = append(dst, kept[i])
			i++
		}
		if i < len(kept) && kept[i].Start < m.End {
			continue // overlaps a mention of an earlier recogniser
		}
		dst = append(dst, m)
	}
	return append(dst, kept[i:]...)
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
