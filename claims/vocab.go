package claims

import (
	"runtime"
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// vocab is a tokeniser's memory of the words it has met: the lexeme of each
// spelling, with the numbers of its context terms. A token then costs one map
// access, and the terms of a claim's context are added up in slices by
// number (see extractor.terms) rather than in a map by name.
type vocab struct {
	words     map[string]*lexeme // by spelling
	termIDs   map[string]int32
	termNames []string // by number; 0 is no term
	// termPrefix is the first 8 bytes of each name as a number, in the
	// names' order: most names compare by it.
	termPrefix []uint64

	// Scratch space of extractor.terms: weights by term number, the terms
	// with a weight, and the best of them.
	weights       []float64
	touched, best []int32

	out      []Claim           // scratch space of Extract
	found    []mention.Mention // scratch space of extractor.block: what it finds,
	mentions []mention.Mention // and the same qualified
	mtok     [][2]int          // and the token ranges of its mentions

	// Room for the tokens and context terms an extraction keeps until it
	// ends (see done).
	kept  []token
	refs  []termRef
	terms []string // the claims' terms until they are given their own
	// The tokens and context terms of each sentence read, by its start.
	sentToks map[int][]token
	sentRefs map[int][]termRef
}

// maxVocab is how many spellings a vocabulary holds before it is dropped
// for a new one: a bound on memory, far above an article's few thousand.
const maxVocab = 1 << 16

// maxKeptTokens is how many tokens' room a vocabulary keeps between
// documents (a 60,000-word article's).
const maxKeptTokens = 1 << 16

// maxKeptSentences is how many sentences' tokens and terms a vocabulary
// indexes between documents.
const maxKeptSentences = 1 << 12

// maxScratchClaims is how many claims' room a vocabulary keeps between
// documents.
const maxScratchClaims = 1 << 12

// vocabs holds the vocabularies not in use, one per processor at most. A
// run that reads many articles reads them with the words of the earlier
// ones already known.
var vocabs = make(chan *vocab, runtime.GOMAXPROCS(0))

// getVocab takes a vocabulary not in use, or makes one; release gives it
// back. One that was not given back (a panic on the way) is simply lost.
func getVocab() *vocab {
	select {
	case v := <-vocabs:
		if len(v.words) < maxVocab {
			return v
		}
	default:
	}
	return &vocab{words: map[string]*lexeme{}, termIDs: map[string]int32{}, termNames: []string{""},
		termPrefix: []uint64{0}, weights: []float64{0}, sentToks: map[int][]token{}, sentRefs: map[int][]termRef{}}
}

// done ends an extraction: the room it kept is emptied for the next one,
// unless a rare long document made it large.
func (v *vocab) done() {
	clear(v.kept) // keeps no text alive
	clear(v.found)
	clear(v.mentions)
	v.found, v.mentions = v.found[:0], v.mentions[:0]
	v.terms = v.terms[:0] // the vocabulary's own names: nothing to let go
	v.kept = v.kept[:0]
	v.refs = v.refs[:0]
	if cap(v.kept) > maxKeptTokens || cap(v.terms) > maxKeptTokens {
		v.kept, v.refs, v.terms = nil, nil, nil
	}
	if len(v.sentToks) > maxKeptSentences || len(v.sentRefs) > maxKeptSentences {
		// Emptying a map takes time by its size: start small again.
		v.sentToks, v.sentRefs = map[int][]token{}, map[int][]termRef{}
	}
	clear(v.sentToks)
	clear(v.sentRefs)
	if cap(v.mentions) > maxScratchClaims || cap(v.found) > maxScratchClaims {
		v.found, v.mentions, v.mtok = nil, nil, nil
	}
}

func (v *vocab) release() {
	if cap(v.out) > maxScratchClaims {
		v.out = nil // a rare long document's room is not kept
	}
	select {
	case vocabs <- v:
	default:
	}
}

// lookup returns what v knows of a spelling, working it out the first time.
func (v *vocab) lookup(w string) *lexeme {
	if l, ok := v.words[w]; ok {
		return l
	}
	l := newLexeme(w)
	l.keyID, l.conceptID = v.termID(l.key), v.termID(l.concept)
	// A copy, so that the vocabulary does not keep the text it was cut from.
	v.words[strings.Clone(w)] = l
	return l
}

// termID is v's number of a term, 0 for none.
func (v *vocab) termID(term string) int32 {
	if term == "" {
		return 0
	}
	id, ok := v.termIDs[term]
	if !ok {
		id = int32(len(v.termNames))
		v.termIDs[term] = id
		v.termNames = append(v.termNames, term)
		v.termPrefix = append(v.termPrefix, prefix8(term))
		v.weights = append(v.weights, 0)
	}
	return id
}

// prefix8 is the first 8 bytes of s, big-endian, padded with zeros: two
// strings without zero bytes whose prefixes differ compare as these numbers.
func prefix8(s string) uint64 {
	var p uint64
	for i := range 8 {
		p <<= 8
		if i < len(s) {
			p |= uint64(s[i])
		}
	}
	return p
}
