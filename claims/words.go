package claims

import (
	"embed"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/internal/wordlist"
)

// The vocabulary claimdiff reads figures with, as data: general news
// English, not the wording of any one story. words/ holds the open word
// lists, one file each: what a figure measures (metric-cues.txt), what kind
// of event a sentence is about (event-concepts.txt), which nouns count
// people or things, and which words make a figure a target, date a
// statement or attribute it. data/ holds the places (places.go). Each file
// says in its comments what its words do; adding a word is one line, and
// words_test.go shows the effect of one more entry in each file. The
// grammar words stay in Go (lexicon.go).
//
//go:embed data words
var dataFiles embed.FS

// dataLists are the files of data/ and words/, registered so that the
// extractor stamp covers them.
var dataLists = wordlist.Register("claims", dataFiles)

// lexicon holds the word lists of words/, one field a file.
type lexicon struct {
	// metricCues map a word (folded, unstemmed) near a count to what it
	// measures (metric-cues.txt).
	metricCues map[string]string
	// metricCueStems find cues by stem too ("traded" -> trade), for the
	// cues whose stem is not shared by an unrelated word.
	metricCueStems map[string]string
	// eventConcepts put words of one kind of event under one feature
	// ("@air"), so that "plane", "jet" and "Flight 8243" meet, and a crash
	// and a police raid part (event-concepts.txt).
	eventConcepts map[string]string
	// eventConceptStems find concepts by stem too.
	eventConceptStems map[string]string
	// peopleNouns are nouns that count people; a figure before one of them
	// is a count of people even when no cue says what happened to them.
	peopleNouns map[string]bool
	// damageVerbs say what happened to things counted: "50,000 houses
	// collapsed", "1,700 buildings were destroyed".
	damageVerbs map[string]bool
	// unitNouns count people by the group or place they live in: "578
	// families displaced" is another measure than displaced people.
	unitNouns map[string]bool
	// thingNouns count things that are measures of themselves: seats won,
	// provinces declared, aircraft grounded.
	thingNouns map[string]bool
	// invariantNouns count things though they do not end in -s.
	invariantNouns map[string]bool
	// scaleWords name a scale a number is a grade on: "magnitude 6.8", "a
	// Category 4 storm", "level 3".
	scaleWords map[string]bool
	// targetCues make a figure a target or forecast rather than a reported
	// fact (target-cues.txt says which words do not).
	targetCues map[string]bool
	// targetNouns after a figure make it a target ("the $200 billion goal").
	targetNouns map[string]bool
	// reportingVerbs date a statement rather than an event when they stand
	// right by a date ("customs data showed on Friday").
	reportingVerbs map[string]bool
	// futureCues make a date after publication a date to come.
	futureCues map[string]bool
	// supersededCues mark a figure that a later one replaced.
	supersededCues map[string]bool
	// attributionVerbs introduce who says a figure.
	attributionVerbs map[string]bool
	// genericPlaceWords are the words a writer may add to a place's name
	// or leave out: "Al Haouz", "Al Haouz province" and "the Al Haouz
	// region" are one place (place-type-words.txt).
	genericPlaceWords map[string]bool
	// subgroupNouns name a part of those counted by who they are:
	// "including 27 children and 76 women" are parts of the toll, not
	// rivals to it.
	subgroupNouns map[string]bool
	// changeNouns name a change a money figure can be the size of.
	changeNouns map[string]bool
	// irregularPast are verbs of what happens in news whose past tense
	// does not end in -ed.
	irregularPast map[string]bool
	// stampVerbs date a text or a figure's release, not an event:
	// "Updated on March 11", "a toll issued on Saturday".
	stampVerbs map[string]bool
	// tradeNouns name a flow of goods a people's adjective may qualify
	// ("Chinese imports").
	tradeNouns map[string]bool
	// tradeVerbs take the other party of a trade flow as their object:
	// "sold Russia", "supplied India".
	tradeVerbs map[string]bool
	// holdVerbs say that a clause's subject won, took or holds what is
	// counted (see holder).
	holdVerbs map[string]bool
	// worldWide words before a trade measure make it trade with every
	// partner (see basis).
	worldWide map[string]bool
	// notVerbs end like verbs and are not: "morning", "during", "hundred".
	notVerbs map[string]bool
	// unnamingWords tell which kind of event a sentence is about but do
	// not name it well in a label: "China · bought" says less than "China
	// · trade".
	unnamingWords map[string]bool
	// otherEventMarkers introduce an event other than the story's own, to
	// set it beside the story's: "behind Hurricane Katrina", "surpassing
	// Hurricane Sandy", "deadlier than the 1999 quake".
	otherEventMarkers map[string]bool
}

// lex returns the lexicon of the embedded files, read at its first use:
// the commands that read no claims (--version, the store's) do not pay
// for it.
var lex = sync.OnceValue(func() *lexicon { return wordlist.Must(loadLexicon(dataLists)) })

// How many tokens before (or after) a figure its cues are looked for, in
// its clause (hasCueBefore, hasCueAfter): far enough for the verb phrase
// a cue heads ("aims to rehouse at least 20,000"), near enough not to
// reach another figure's.
const (
	targetCueReach     = 8  // targetCues before a figure
	targetNounReach    = 2  // targetNouns after it: "the $200 billion goal"
	supersededCueReach = 6  // supersededCues before a figure
	futureCueReach     = 12 // futureCues before a date after publication
)

// loadLexicon reads the word lists of words/.
func loadLexicon(f *wordlist.Files) (*lexicon, error) {
	l := &lexicon{}
	var err error
	if l.metricCues, err = readGrouped(f, "words/metric-cues.txt", "measure", ""); err != nil {
		return nil, err
	}
	if l.eventConcepts, err = readGrouped(f, "words/event-concepts.txt", "concept", "@"); err != nil {
		return nil, err
	}
	for _, s := range []struct {
		file string
		set  *map[string]bool
	}{
		{"words/people-nouns.txt", &l.peopleNouns},
		{"words/damage-verbs.txt", &l.damageVerbs},
		{"words/unit-nouns.txt", &l.unitNouns},
		{"words/thing-nouns.txt", &l.thingNouns},
		{"words/invariant-nouns.txt", &l.invariantNouns},
		{"words/scale-words.txt", &l.scaleWords},
		{"words/target-cues.txt", &l.targetCues},
		{"words/target-nouns.txt", &l.targetNouns},
		{"words/reporting-verbs.txt", &l.reportingVerbs},
		{"words/future-cues.txt", &l.futureCues},
		{"words/superseded-cues.txt", &l.supersededCues},
		{"words/attribution-verbs.txt", &l.attributionVerbs},
		{"words/place-type-words.txt", &l.genericPlaceWords},
		{"words/subgroup-nouns.txt", &l.subgroupNouns},
		{"words/change-nouns.txt", &l.changeNouns},
		{"words/irregular-past.txt", &l.irregularPast},
		{"words/stamp-verbs.txt", &l.stampVerbs},
		{"words/trade-nouns.txt", &l.tradeNouns},
		{"words/trade-verbs.txt", &l.tradeVerbs},
		{"words/hold-verbs.txt", &l.holdVerbs},
		{"words/world-wide.txt", &l.worldWide},
		{"words/not-verbs.txt", &l.notVerbs},
		{"words/unnaming-words.txt", &l.unnamingWords},
		{"words/other-event-markers.txt", &l.otherEventMarkers},
	} {
		if *s.set, err = f.Set(s.file); err != nil {
			return nil, err
		}
	}
	l.metricCueStems = cueStems(l.metricCues)
	l.eventConceptStems = conceptStems(l.eventConcepts)
	return l, nil
}

// readGrouped reads records "group: word word ..." into a map from each
// word to its group, with prefix before the group's name. A word belongs
// to one group only.
func readGrouped(f *wordlist.Files, file, what, prefix string) (map[string]string, error) {
	rs, err := f.Records(file)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, r := range rs {
		for _, w := range strings.Fields(r.Value) {
			if old, ok := m[w]; ok {
				return nil, r.Errorf("%q is a word of %s %s already", w, what, strings.TrimPrefix(old, prefix))
			}
			m[w] = prefix + r.Key
		}
	}
	return m, nil
}

// minStemmedCue is the length a metric cue must pass to be found by its
// stem: shorter words' stems are too often other words' ("die", "dying").
const minStemmedCue = 4

// cueStems are the stems of the cues, for the stems that lead to one
// measure only: "lives" (deaths) and "living" (residents) share a stem.
func cueStems(cues map[string]string) map[string]string {
	stems := map[string]string{}
	ambiguous := map[string]bool{}
	for w, m := range cues {
		if len(w) <= minStemmedCue {
			continue
		}
		st := stem(w)
		if old, ok := stems[st]; ok && old != m {
			ambiguous[st] = true
		}
		stems[st] = m
	}
	for st := range ambiguous {
		delete(stems, st)
	}
	return stems
}

// conceptStems are the stems of the concepts' words; a stem of words of
// two concepts goes to the first concept by name, so that the map does not
// depend on the order of the files' lines.
func conceptStems(concepts map[string]string) map[string]string {
	stems := map[string]string{}
	for w, c := range concepts {
		st := stem(w)
		if old, ok := stems[st]; !ok || old > c {
			stems[st] = c
		}
	}
	return stems
}
