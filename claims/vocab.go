package claims

import (
	"runtime"
	"strings"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// vocab is a tokeniser's memory of the words it has met: the lexeme of each
// spelling, so that a token costs one map access.
type vocab struct {
	words map[string]*lexeme // by spelling

	out      []Claim           // scratch space of Extract
	found    []mention.Mention // scratch space of extractor.block: what it finds,
	mentions []mention.Mention // and the same qualified
	mtok     [][2]int          // and the token ranges of its mentions

	// Room for the tokens an extraction keeps until it ends (see done).
	kept []token
	// The tokens of each sentence read, by its start.
	sentToks map[int][]token
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

// vocabsMade counts the vocabularies made, for tests: an extraction takes
// one and only one, or on one processor the one kept would be dropped for
// the other when both are given back.
var vocabsMade atomic.Int64

// getVocab takes a vocabulary not in use, or makes one; release gives it
// back. One that was not given back (a panic on the way) is simply lost.
// An extraction holds one at a time: what it tokenises besides its
// sentences it tokenises with the vocabulary it holds.
func getVocab() *vocab {
	select {
	case v := <-vocabs:
		if len(v.words) < maxVocab {
			return v
		}
	default:
	}
	vocabsMade.Add(1)
	return &vocab{words: map[string]*lexeme{}, sentToks: map[int][]token{}}
}

// done ends an extraction: the room it kept is emptied for the next one,
// unless a rare long document made it large.
func (v *vocab) done() {
	clear(v.kept) // keeps no text alive
	clear(v.found)
	clear(v.mentions)
	v.found, v.mentions = v.found[:0], v.mentions[:0]
	v.kept = v.kept[:0]
	if cap(v.kept) > maxKeptTokens {
		v.kept = nil
	}
	if len(v.sentToks) > maxKeptSentences {
		// Emptying a map takes time by its size: start small again.
		v.sentToks = map[int][]token{}
	}
	clear(v.sentToks)
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
	// A copy, so that the vocabulary does not keep the text it was cut from.
	v.words[strings.Clone(w)] = l
	return l
}
