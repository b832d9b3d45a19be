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
// or through other sources (see Linked). Stories are sorted by when they
// begin, then id; the result does not depend on the profiles' order.
// Sources are compared only with those that share a term within the same
// weeks, so the cost grows with the sources, not their pairs.
func Group(ps []Profile) []Story {
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
	for _, e := range links(ps) {
		if ri, rj := find(e[0]), find(e[1]); ri != rj {
			parent[max(ri, rj)] = min(ri, rj)
		}
	}
	members := map[int][]Profile{}
	for i := range ps {
		r := find(i)
		members[r] = append(members[r], ps[i])
	}
	var placed [][]Profile
	var unplaced []Profile
	for _, m := range members {
		if slices.ContainsFunc(m, Profile.Placed) {
			placed = append(placed, m)
		} else {
			unplaced = append(unplaced, slices.Clone(m)...)
		}
	}
	return Settle(placed, unplaced)
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
	sortStories(out)
	return out
}

// Closeness is how alike a linked pair must be, as a share of the
// similarity each has with the source most alike to it: a source joins the
// sources it resembles most, not every source of the same day that shares
// a country with it.
const Closeness = 0.7

// links are the pairs of profiles that Linked joins: related (Related),
// and each at least Closeness times as alike to the other as the weaker of
// the two is to its own nearest related source.
func links(ps []Profile) [][2]int {
	ix := newIndex()
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
		for _, j := range ix.candidates(ps, i) {
			if j == i || !Related(ps[i], ps[j]) {
				continue
			}
			s := Similarity(ps[i], ps[j])
			near[i] = append(near[i], edge{j, s})
			best[i] = max(best[i], s)
		}
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

// sortStories orders stories by when they begin, then id.
func sortStories(ss []Story) {
	sort.Slice(ss, func(i, j int) bool {
		if ss[i].From != ss[j].From {
			return ss[i].From < ss[j].From
		}
		return ss[i].ID < ss[j].ID
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

// index finds the sources that may be related to one: those sharing a term
// with it whose publication (or event day) lies in the same or a
// neighbouring span of timeWindow days, or whose event day does, and the
// undated ones sharing a term.
type index struct {
	dated   map[string][]int // term, clock ("w" when, "d" day) and time bucket -> profiles
	undated map[string][]int // term -> undated profiles
	all     map[string][]int // term -> every profile, for an undated one's candidates
	seen    map[int]int      // candidate -> the profile it was last listed for
	gen     int
}

func newIndex() *index {
	return &index{dated: map[string][]int{}, undated: map[string][]int{}, all: map[string][]int{}, seen: map[int]int{}}
}

func bucketKey(term, clock string, b int) string { return term + "\x00" + clock + strconv.Itoa(b) }

// clocks are a profile's times: when it was published (or its event's day)
// and its event's day.
func clocks(p Profile) [2]int { return [2]int{p.when(), p.day()} }

var clockNames = [2]string{"w", "d"}

// candidates lists the indexed profiles that share a term with ps[i] close
// enough in time, each once, in order.
func (ix *index) candidates(ps []Profile, i int) []int {
	ix.gen++
	var out []int
	take := func(js []int) {
		for _, j := range js {
			if ix.seen[j] != ix.gen {
				ix.seen[j] = ix.gen
				out = append(out, j)
			}
		}
	}
	cs := clocks(ps[i])
	for _, term := range ps[i].Terms {
		if cs[0] == noDay {
			take(ix.all[term.Key])
			continue
		}
		for c, t := range cs {
			if t == noDay {
				continue
			}
			b := floorDiv(t, timeWindow)
			for d := -1; d <= 1; d++ {
				take(ix.dated[bucketKey(term.Key, clockNames[c], b+d)])
			}
		}
		take(ix.undated[term.Key])
	}
	sort.Ints(out)
	return out
}

func (ix *index) add(ps []Profile, i int) {
	cs := clocks(ps[i])
	for _, term := range ps[i].Terms {
		ix.all[term.Key] = append(ix.all[term.Key], i)
		if cs[0] == noDay {
			ix.undated[term.Key] = append(ix.undated[term.Key], i)
			continue
		}
		for c, t := range cs {
			if t != noDay {
				k := bucketKey(term.Key, clockNames[c], floorDiv(t, timeWindow))
				ix.dated[k] = append(ix.dated[k], i)
			}
		}
	}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
