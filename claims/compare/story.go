package compare

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// story is what a first pass over all the claims of a comparison learns
// before any fact is formed: when the story happens, and what its main
// event is called. A person reading several articles on one story does the
// same before setting figures side by side.
type story struct {
	year   int           // the year most dated claims fall in; 0 if none is dated
	anchor *mention.Date // the main event's day (or month), when the sources give one
	label  string        // the main event's name: the phrase the sources use most ("Hurricane Helene")
	period string        // the period most sources' figures are for ("2023" in a story of a year's trade); "" if none
	kind   string        // the kind of event most dates are of ("quake"): a date of another kind dates another happening
	labels map[string]string
}

// maxEventDays is how far from the main event's day another event may lie
// and still be the main one: a toll still rises weeks after a disaster; an
// event months away is another one (an earlier crash of the same model).
const maxEventDays = 100

func newStory(cl []claims.Claim) *story {
	st := &story{labels: map[string]string{}}
	var years []int
	for _, c := range cl {
		if d := c.Value.Date; d != nil && d.Year != 0 && d.Month != 0 && !d.OpenEnded() {
			years = append(years, d.Year)
		}
	}
	if len(years) == 0 {
		// no dated event: the years the sources were published in
		seen := map[string]bool{}
		for _, c := range cl {
			if len(c.Published) >= 4 && !seen[c.Source] {
				seen[c.Source] = true
				if y, err := strconv.Atoi(c.Published[:4]); err == nil {
					years = append(years, y)
				}
			}
		}
	}
	if len(years) > 0 {
		sort.Ints(years)
		st.year = years[len(years)/2]
	}
	st.anchor = anchorDate(cl, st.year)
	st.period = storyPeriod(cl)
	st.kind = storyKind(cl)
	st.label = mainLabel(cl, st)
	return st
}

// anchorDate is the main event's date: of the dates given for an event
// (metric "date") within a year of the story's, the one that the most
// sources give, the more precise on a tie, then the earlier.
func anchorDate(cl []claims.Claim, year int) *mention.Date {
	type tally struct {
		d       mention.Date
		sources map[string]bool
	}
	var ts []*tally
	byTimex := map[string]*tally{}
	for _, c := range cl {
		d := c.Value.Date
		if d == nil || c.Metric != "date" || c.Target || d.Year == 0 || d.Month == 0 || d.OpenEnded() ||
			year != 0 && (d.Year < year-1 || d.Year > year+1) {
			continue
		}
		k := d.Timex()
		t := byTimex[k]
		if t == nil {
			t = &tally{d: *d, sources: map[string]bool{}}
			byTimex[k] = t
			ts = append(ts, t)
		}
		t.sources[c.Source] = true
	}
	if len(ts) == 0 {
		return nil
	}
	sort.SliceStable(ts, func(i, j int) bool {
		a, b := ts[i], ts[j]
		if len(a.sources) != len(b.sources) {
			return len(a.sources) > len(b.sources)
		}
		if a.d.Precision() != b.d.Precision() {
			return a.d.Precision() > b.d.Precision()
		}
		return a.d.Timex() < b.d.Timex()
	})
	d := ts[0].d
	return &d
}

// storyPeriod is the period the most sources give figures for, when figures
// of more than one source name one: the year of a trade story.
func storyPeriod(cl []claims.Claim) string {
	srcs := map[string]map[string]bool{}
	for _, c := range cl {
		p := resolvedPeriod(c.Period)
		if p == "" || c.Kind == mention.KindDate {
			continue
		}
		if srcs[p] == nil {
			srcs[p] = map[string]bool{}
		}
		srcs[p][c.Source] = true
	}
	best := ""
	for p, s := range srcs {
		if len(s) < 2 {
			continue
		}
		if best == "" || len(s) > len(srcs[best]) || len(s) == len(srcs[best]) && p > best {
			best = p
		}
	}
	return best
}

// storyKind is the kind of event the most sources date (see
// claims.Claim.Concept), a plane and its crash being one kind.
func storyKind(cl []claims.Claim) string {
	srcs := map[string]map[string]bool{}
	for _, c := range cl {
		k := kindFamily(c.Concept)
		if k == "" || c.Metric != "date" {
			continue
		}
		if srcs[k] == nil {
			srcs[k] = map[string]bool{}
		}
		srcs[k][c.Source] = true
	}
	best := ""
	for k, s := range srcs {
		if best == "" || len(s) > len(srcs[best]) || len(s) == len(srcs[best]) && k < best {
			best = k
		}
	}
	return best
}

// kindFamily puts kinds of event that name one happening together: a
// plane's flight and its crash.
func kindFamily(k string) string {
	switch k {
	case "air", "rail", "ship":
		// a plane's, a train's or a ship's accident is the story's crash
		// or collision, whichever words a sentence uses
		return "crash"
	}
	return k
}

// mainLabel is the phrase the claims' sentences most often name their
// event with, counted once a sentence.
func mainLabel(cl []claims.Claim, st *story) string {
	n := map[string]int{}
	seen := map[string]bool{}
	for _, c := range cl {
		if c.EventPhrase == "" || st.eventOf(c) != "" || seen[c.Source+"\x00"+c.Sentence] {
			continue
		}
		seen[c.Source+"\x00"+c.Sentence] = true
		n[c.EventPhrase]++
	}
	return mostCommon(n)
}

// eventOf is the key of the event a claim is a figure of: "" for the
// story's main event; a background event's name when the claim's sentence
// binds it to one ("behind Hurricane Katrina, which killed at least
// 1,392"); else its year or month when its sentence dates it far from the
// story ("in 1960, when at least 12,000 people died").
func (st *story) eventOf(c claims.Claim) string {
	if c.Event != "" {
		return "name:" + strings.ToLower(c.Event)
	}
	if d := c.Value.Date; d != nil {
		if d.Year == 0 || d.OpenEnded() {
			return ""
		}
		if st.year != 0 && (d.Year < st.year-1 || d.Year > st.year+1) {
			return "year:" + strconv.Itoa(d.Year)
		}
		if st.anchor != nil && d.Month != 0 && dateGap(*d, *st.anchor) > maxEventDays {
			return "month:" + d.Timex()[:7]
		}
		return ""
	}
	if c.Period != "" && c.Kind != mention.KindCount {
		return "" // a figure for a period ("trade in 2024") is of its period, not of another event
	}
	if c.EventYear != 0 && st.year != 0 && (c.EventYear < st.year-1 || c.EventYear > st.year+1) {
		return "year:" + strconv.Itoa(c.EventYear)
	}
	if c.EventYear != 0 && st.year == 0 && c.Period == "" {
		// nothing dates the story: a figure its own phrase dates is of
		// another event than the undated ones ("In 1997, ... 228 died")
		return "year:" + strconv.Itoa(c.EventYear)
	}
	if len(c.EventDate) >= 7 && st.anchor != nil {
		if d, ok := parseTimex(c.EventDate); ok && dateGap(d, *st.anchor) > maxEventDays {
			return "month:" + c.EventDate[:7]
		}
	}
	return ""
}

// eventLabel names an event for people: the main event by the phrase the
// sources use most, a background event by its name or its date.
func (st *story) eventLabel(key string, members []claims.Claim) string {
	switch {
	case key == "":
		return st.label
	case strings.HasPrefix(key, "name:"):
		for _, c := range members {
			if c.Event != "" {
				return c.Event
			}
		}
	}
	// a dated background event: the words its sentences use, and its time
	n := map[string]int{}
	for _, c := range members {
		if c.EventPhrase != "" {
			n[c.EventPhrase]++
		}
	}
	when := key[strings.IndexByte(key, ':')+1:]
	if p := mostCommon(n); p != "" && p != st.label {
		return p + " (" + when + ")"
	}
	return "another event (" + when + ")"
}

// parseTimex reads "YYYY-MM" or "YYYY-MM-DD".
func parseTimex(t string) (mention.Date, bool) {
	num := func(s string) (int, bool) {
		n := 0
		for _, r := range s {
			if r < '0' || r > '9' {
				return 0, false
			}
			n = n*10 + int(r-'0')
		}
		return n, s != ""
	}
	var d mention.Date
	var ok bool
	switch len(t) {
	case 10:
		if d.Day, ok = num(t[8:]); !ok || t[7] != '-' {
			return d, false
		}
		fallthrough
	case 7:
		if d.Month, ok = num(t[5:7]); !ok || t[4] != '-' {
			return d, false
		}
		if d.Year, ok = num(t[:4]); !ok {
			return d, false
		}
		return d, true
	}
	return d, false
}

// dateGap is the number of days between two dates' intervals, 0 when they
// overlap.
func dateGap(a, b mention.Date) float64 {
	alo, ahi := a.Interval()
	blo, bhi := b.Interval()
	return math.Max(0, math.Max(blo-ahi, alo-bhi))
}

// mostCommon is the key with the highest count, ties to the first in order.
func mostCommon(m map[string]int) string {
	best := ""
	for k, v := range m {
		if best == "" || v > m[best] || v == m[best] && k < best {
			best = k
		}
	}
	return best
}

// Resolve places the dates only the other sources can place. In a source
// with no publication date, a weekday ("on Friday") or a date without a
// year ("September 8") of the story's main event or of its days is taken to
// be the one nearest the main event's date, which the other sources give: a
// weekday within three days of it, a day in the year that puts it nearest.
// A person reading the sources together does the same. The claim's
// Resolved says so; claims are returned in a new slice, the input is left
// as it was.
func Resolve(cl []claims.Claim) []claims.Claim {
	out := slices.Clone(cl)
	st := newStory(cl)
	if st.anchor == nil || st.anchor.Day == 0 {
		return out
	}
	a := *st.anchor
	at := time.Date(a.Year, time.Month(a.Month), a.Day, 0, 0, 0, 0, time.UTC)
	for i := range out {
		c := &out[i]
		d := c.Value.Date
		if d == nil || c.Published != "" || c.Event != "" || d.Year != 0 || d.To != nil {
			continue
		}
		var placed time.Time
		near := true
		switch {
		case d.Weekday != 0 && d.Day == 0:
			// the one such weekday within three days of the event's
			off := (d.Weekday%7 - int(at.Weekday()) + 7) % 7
			if off > 3 {
				off -= 7
			}
			placed = at.AddDate(0, 0, off)
		case d.Month != 0 && d.Day != 0:
			best := math.Inf(1)
			for y := a.Year - 1; y <= a.Year+1; y++ {
				t := time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
				if g := math.Abs(t.Sub(at).Hours()); g < best {
					best, placed = g, t
				}
			}
			// "the July 7 crash" beside a December crash is no date of it
			// the writer left the year out of: a slip to show, not place
			near = best/24 <= maxEventDays
		default:
			continue
		}
		if !near {
			continue
		}
		nd := *d
		nd.Year, nd.Month, nd.Day, nd.Weekday = placed.Year(), int(placed.Month()), placed.Day(), 0
		v := c.Value
		v.Date = &nd
		v.Low, v.High = nd.Interval()
		c.Value = v
		c.Resolved = "placed by the event's date in the other sources, " + a.String()
	}
	return out
}
