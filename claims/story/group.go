package story

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Story is a set of sources about one happening.
type Story struct {
	ID      string   // stable: derived from its first report (FirstReport), never from the order sources came in
	Label   string   // for people: how its sources name the event most, and where ("Jeju Air crash · South Korea")
	Sources []string // its sources' ids, sorted
	From    string   // the earliest publication (or event day, when a source is undated), YYYY-MM-DD; "" when nothing is dated
	To      string   // the latest, YYYY-MM-DD
	Phrases []string // how its sources name their event, folded to lower case, sorted ("storm lenz")
}

// ID is a story's id: "s" and ten hex digits of the SHA-256 of its first
// report's source id. A story keeps its id as sources are added to it,
// unless one published earlier than all of them joins, or it merges with
// an older story.
func ID(firstReport string) string {
	h := sha256.Sum256([]byte("story\x00" + firstReport))
	return "s" + hex.EncodeToString(h[:5])
}

// FirstReport is the source a story is named after: the earliest published
// (a source without a date after every dated one), then the smallest id.
func FirstReport(ps []Profile) string {
	best := -1
	for i, p := range ps {
		if best < 0 || earlier(p, ps[best]) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return ps[best].Source
}

func earlier(a, b Profile) bool {
	ta, tb := a.Published, b.Published
	switch {
	case ta != tb && ta != "" && tb != "":
		return ta < tb
	case ta != tb:
		return ta != ""
	}
	return a.Source < b.Source
}

// Group puts the profiles into stories: the sets that links join, directly
// or through other sources (see Linked), settled (Settle). Stories are
// sorted by when they begin, then id; the result does not depend on the
// profiles' order. Sources are compared only with those their probes find
// (Probes), so the cost grows with the sources, not their pairs.
func Group(ps []Profile) []Story {
	return group(ps, false)
}

// GroupChosen is Group for sources a user chose together, such as the
// files named on a command line: they are taken for one story unless what
// they name tells them apart. Their times do not: coverage of one
// happening runs for months and years (the inquiry, the trial, the
// salvage), so two chosen sources whose days differ are one story when
// they are alike enough (MinChosenSimilarity), however far apart. An
// archive (a store) is grouped with Group, where times keep apart two
// happenings of one kind in one place.
//
// Past MaxChosen sources an input is an archive, not a choice, and is
// grouped with Group: comparing every pair of sources whatever their times
// grows with the square of their number.
func GroupChosen(ps []Profile) []Story {
	return group(ps, len(ps) <= MaxChosen)
}

// adoptLoners puts a chosen source that no link joined to another into the
// set of the source most alike to it, when they are at least
// MinSimilarity alike: among files chosen together, an explainer written
// in other words, or weeks later, is still of the story it shares names
// with. A source alike to none stays alone (a file put in by mistake).
func adoptLoners(sets [][]Profile) [][]Profile {
	if len(sets) < 2 {
		return sets
	}
	into := make([]int, len(sets)) // set -> the set it joins, or itself
	for i := range into {
		into[i] = i
	}
	for i, m := range sets {
		if len(m) != 1 || !m[0].Placed() {
			continue
		}
		best, bestSim := -1, 0.0
		for j, n := range sets {
			if j == i || len(n) == 1 {
				continue // a loner joins a story, not another loner
			}
			for _, q := range n {
				s := Similarity(m[0], q)
				if s < MinSimilarity || s < bestSim {
					continue
				}
				// ties go to the story of the smaller source id, so that
				// the input's order does not matter
				if s > bestSim || best < 0 || firstID(n) < firstID(sets[best]) {
					best, bestSim = j, s
				}
			}
		}
		if best >= 0 {
			into[i] = best
		}
	}
	out := make([][]Profile, 0, len(sets))
	at := map[int]int{}
	for i, m := range sets {
		if into[i] != i {
			continue
		}
		at[i] = len(out)
		out = append(out, slices.Clone(m))
	}
	for i, m := range sets {
		if into[i] != i {
			k := at[into[i]]
			out[k] = append(out[k], m...)
		}
	}
	return out
}

// firstID is the smallest source id of a set.
func firstID(m []Profile) string {
	id := m[0].Source
	for _, p := range m[1:] {
		id = min(id, p.Source)
	}
	return id
}

// MaxChosen is the most sources GroupChosen groups as chosen together: a
// folder of coverage a person gathered holds tens or hundreds.
const MaxChosen = 1000

func group(ps []Profile, chosen bool) []Story {
	sets := linked(ps, nil, chosen)
	if chosen {
		sets = adoptLoners(sets)
	}
	var placed [][]Profile
	var unplaced []Profile
	for _, m := range sets {
		if slices.ContainsFunc(m, Profile.Placed) {
			placed = append(placed, m)
		} else {
			unplaced = append(unplaced, m...)
		}
	}
	return Settle(placed, unplaced)
}

// Linked returns the sets of profiles that links join, directly or through
// others, each in the profiles' order. nearest, when not nil, gives each
// profile's similarity with its nearest related source anywhere (a store
// keeps it, and regroups only the stories a new source touches); nil
// reads it among ps.
func Linked(ps []Profile, nearest []float64) [][]Profile {
	return linked(ps, nearest, false)
}

func linked(ps []Profile, nearest []float64, chosen bool) [][]Profile {
	parent := make([]int, len(ps))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, e := range links(ps, nearest, chosen) {
		if ri, rj := find(e[0]), find(e[1]); ri != rj {
			parent[max(ri, rj)] = min(ri, rj)
		}
	}
	var out [][]Profile
	at := map[int]int{}
	for i := range ps {
		r := find(i)
		k, ok := at[r]
		if !ok {
			k = len(out)
			at[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], ps[i])
	}
	return out
}

// Settle makes the stories of the linked sets of placed profiles and of
// the unplaced profiles (see Placed). Sources that name nothing cannot be
// told apart: they are one story together, or join the only story there
// is.
func Settle(placed [][]Profile, unplaced []Profile) []Story {
	switch {
	case len(unplaced) == 0:
	case len(placed) == 1:
		placed[0] = append(slices.Clone(placed[0]), unplaced...)
	default:
		placed = append(placed, unplaced)
	}
	out := make([]Story, 0, len(placed))
	for _, m := range placed {
		out = append(out, NewStory(m))
	}
	Sort(out)
	return out
}

// Closeness is how alike a linked pair must be, as a share of the
// similarity each has with the source most alike to it: a source joins the
// sources it resembles most, not every source of the same day that shares
// a country with it.
const Closeness = 0.7

// links are the pairs of profiles that Linked joins: related (Related),
// and each at least Closeness times as alike to the other as the weaker of
// the two is to its own nearest related source (nearest, or among ps).
func links(ps []Profile, nearest []float64, chosen bool) [][2]int {
	related, candidates := Related, (*index).candidates
	if chosen {
		related, candidates = relatedChosen, (*index).termCandidates
	}
	ix := newIndex(len(ps))
	for i := range ps {
		ix.add(ps, i)
	}
	type edge struct {
		j   int
		sim float64
	}
	near := make([][]edge, len(ps))
	best := make([]float64, len(ps))
	for i := range ps {
		for _, j := range candidates(ix, ps, i) {
			if j == i || !related(ps[i], ps[j]) {
				continue
			}
			s := Similarity(ps[i], ps[j])
			near[i] = append(near[i], edge{j, s})
			best[i] = max(best[i], s)
		}
	}
	if nearest != nil {
		best = nearest
	}
	var out [][2]int
	for i, es := range near {
		for _, e := range es {
			if e.j > i && e.sim >= Closeness*min(best[i], best[e.j]) {
				out = append(out, [2]int{i, e.j})
			}
		}
	}
	return out
}

// Sort orders stories by when they begin, undated ones last, then by id.
func Sort(ss []Story) {
	sort.Slice(ss, func(i, j int) bool {
		a, b := ss[i], ss[j]
		if a.From != b.From {
			return b.From == "" || a.From != "" && a.From < b.From
		}
		return a.ID < b.ID
	})
}

// NewStory makes the story of a set of profiles that Group put together:
// its id, label and date span.
func NewStory(ps []Profile) Story {
	s := Story{ID: ID(FirstReport(ps)), Label: label(ps)}
	for _, p := range ps {
		s.Sources = append(s.Sources, p.Source)
		t := p.Published
		if t == "" {
			t = p.Day
		}
		if t == "" {
			continue
		}
		if s.From == "" || t < s.From {
			s.From = t
		}
		if t > s.To {
			s.To = t
		}
	}
	sort.Strings(s.Sources)
	seen := map[string]bool{}
	for _, p := range ps {
		for _, ph := range p.Phrases {
			if f := strings.ToLower(ph); !seen[f] {
				seen[f] = true
				s.Phrases = append(s.Phrases, f)
			}
		}
	}
	sort.Strings(s.Phrases)
	return s
}

// label names a story: the event phrase the most sources use, and the
// place the most sources name when the phrase does not hold it already.
func label(ps []Profile) string {
	phrase, place := map[string]int{}, map[string]int{}
	for _, p := range ps {
		for i, ph := range p.Phrases {
			phrase[ph] += len(p.Phrases) - i
		}
		for i, pl := range p.Places {
			place[pl] += len(p.Places) - i
		}
	}
	ph, pl := top(phrase), top(place)
	switch {
	case ph != "" && pl != "" && !strings.Contains(ph, pl):
		return ph + " · " + pl
	case ph != "":
		return ph
	case pl != "":
		return pl
	}
	return "story of " + strconv.Itoa(len(ps)) + " sources"
}

func top(n map[string]int) string {
	best := ""
	for k, v := range n {
		if best == "" || v > n[best] || v == n[best] && k < best {
			best = k
		}
	}
	return best
}

// index finds the sources that may be related to one (see Keys and
// Probes): in memory, what a store finds with its table of keys.
type index struct {
	keys   map[string][]int // key -> profiles
	byTerm map[string][]int // term -> profiles, for an undated one's candidates
	seen   []int            // profile -> the term probe that last found it
	count  []int            // profile -> how many terms found it, for the profile being probed
	found  []int            // the profiles count holds
	gen    int
}

func newIndex(n int) *index {
	return &index{keys: map[string][]int{}, byTerm: map[string][]int{}, seen: make([]int, n), count: make([]int, n)}
}

// candidates lists the indexed profiles that ps[i]'s probes find by at
// least MinShared terms, each once, in order.
func (ix *index) candidates(ps []Profile, i int) []int {
	for _, j := range ix.found {
		ix.count[j] = 0
	}
	ix.found = ix.found[:0]
	take := func(js []int) {
		for _, j := range js {
			if ix.seen[j] != ix.gen {
				ix.seen[j] = ix.gen
				if ix.count[j] == 0 {
					ix.found = append(ix.found, j)
				}
				ix.count[j]++
			}
		}
	}
	// a term counts once, however many of its keys find a profile
	keys, terms := Probes(ps[i])
	for _, g := range byTerm(keys) {
		ix.gen++
		for _, k := range g {
			take(ix.keys[k])
		}
	}
	for _, t := range terms {
		ix.gen++
		take(ix.byTerm[t])
	}
	return ix.shared()
}

// shared lists, in order, the profiles found by at least MinShared terms.
func (ix *index) shared() []int {
	var out []int
	for _, j := range ix.found {
		if ix.count[j] >= MinShared {
			out = append(out, j)
		}
	}
	sort.Ints(out)
	return out
}

// termCandidates lists the indexed profiles that share at least MinShared
// of ps[i]'s heaviest terms, whatever their times (see GroupChosen).
func (ix *index) termCandidates(ps []Profile, i int) []int {
	for _, j := range ix.found {
		ix.count[j] = 0
	}
	ix.found = ix.found[:0]
	for _, t := range indexTerms(ps[i]) {
		for _, j := range ix.byTerm[t] {
			if ix.count[j] == 0 {
				ix.found = append(ix.found, j)
			}
			ix.count[j]++
		}
	}
	return ix.shared()
}

// MinShared is how many of their heaviest terms two sources must share to
// be compared at all: one country, or one event word, in common says
// nothing.
const MinShared = 2

// byTerm groups keys (sorted by term, as Probes gives them) by their term.
func byTerm(keys []string) [][]string {
	var out [][]string
	last := ""
	for _, k := range keys {
		t := k[:strings.LastIndex(k, KeySep)]
		if len(out) == 0 || t != last {
			out = append(out, nil)
			last = t
		}
		out[len(out)-1] = append(out[len(out)-1], k)
	}
	return out
}

func (ix *index) add(ps []Profile, i int) {
	for _, k := range Keys(ps[i]) {
		ix.keys[k] = append(ix.keys[k], i)
	}
	for _, t := range indexTerms(ps[i]) {
		ix.byTerm[t] = append(ix.byTerm[t], i)
	}
}

// IndexTerms is how many of a profile's heaviest terms it is found by:
// two sources of one story share at least one of them.
const IndexTerms = 16

// indexTerms are the keys of a profile's IndexTerms heaviest terms.
func indexTerms(p Profile) []string {
	ts := slices.Clone(p.Terms)
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].Weight > ts[j].Weight })
	if len(ts) > IndexTerms {
		ts = ts[:IndexTerms]
	}
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Key
	}
	sort.Strings(out)
	return out
}

// KeySep separates a key's term from its time: a term, KeySep, and "w"
// and the span of timeWindow days of its publication (or event day), "d"
// and the span of its event day, or "u" for a source that gives no time.
const KeySep = "@"

// clocks are a profile's times: when it was published (or its event's day)
// and its event's day.
func clocks(p Profile) [2]int { return [2]int{p.when(), p.day()} }

var clockNames = [2]string{"w", "d"}

// Keys are what a profile is found by: each of its heaviest terms with
// each of its times' spans of timeWindow days, or with "u" when it gives no
// time. A store keeps them in a table, so that a new source finds its
// candidates without reading the others.
func Keys(p Profile) []string {
	cs := clocks(p)
	var out []string
	for _, t := range indexTerms(p) {
		if cs[0] == noDay {
			out = append(out, t+KeySep+"u")
			continue
		}
		for c, d := range cs {
			if d != noDay {
				out = append(out, t+KeySep+clockNames[c]+strconv.Itoa(floorDiv(d, timeWindow)))
			}
		}
	}
	return out
}

// Probes are what finds the sources that may be related to p: keys of its
// heaviest terms in the same or neighbouring spans of its times, and of
// undated sources; for an undated p, terms, each to be found with any time
// (in a store, the keys that begin with the term and KeySep).
func Probes(p Profile) (keys, terms []string) {
	cs := clocks(p)
	for _, t := range indexTerms(p) {
		if cs[0] == noDay {
			terms = append(terms, t)
			continue
		}
		for c, d := range cs {
			if d == noDay {
				continue
			}
			b := floorDiv(d, timeWindow)
			for n := b - 1; n <= b+1; n++ {
				keys = append(keys, t+KeySep+clockNames[c]+strconv.Itoa(n))
			}
		}
		keys = append(keys, t+KeySep+"u")
	}
	return keys, terms
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// SettleStories settles stories a store kept (see Settle): the stories
// whose sources are all unplaced become one story, or join the only other
// one. published gives a source's publication date (YYYY-MM-DD, "" when
// unknown), for the id and dates of a story made of unplaced ones.
func SettleStories(ss []Story, placed func(src string) bool, published func(src string) string) []Story {
	var keep []Story
	var loose []string
	for _, s := range ss {
		if slices.ContainsFunc(s.Sources, placed) {
			keep = append(keep, s)
		} else {
			loose = append(loose, s.Sources...)
		}
	}
	if len(loose) == 0 {
		return ss
	}
	if len(keep) == 1 {
		s := keep[0]
		s.Sources = append(slices.Clone(s.Sources), loose...)
		sort.Strings(s.Sources)
		return []Story{s}
	}
	ps := make([]Profile, len(loose))
	for i, src := range loose {
		ps[i] = Profile{Source: src, Published: published(src)}
	}
	keep = append(keep, NewStory(ps))
	Sort(keep)
	return keep
}
