package story

// Related says whether two sources may be of one story: they speak of
// their happening within days of each other, and the names, places,
// event words and figures they use most are much the same (the cosine of
// their weighted terms is at least MinSimilarity). Group links two related
// sources when, besides, each is nearly as alike to the other as to the
// source most alike to it among those it may share a story with (Linked).
func Related(a, b Profile) bool {
	min := minSimilarity(a, b)
	if min > 1 {
		return false
	}
	return Similarity(a, b) >= min
}

// relatedChosen is Related for sources chosen together (GroupChosen): no
// pair needs more than MinChosenSimilarity, whatever the time between
// them.
func relatedChosen(a, b Profile) bool {
	return Similarity(a, b) >= min(minSimilarity(a, b), MinChosenSimilarity)
}

// MinChosenSimilarity is how alike two chosen sources of different days
// must be for one story: their names, places and event words, not their
// times, must tell (see GroupChosen).
const MinChosenSimilarity = MinUndatedSimilarity

// How alike two sources' names must be for one story: when they date their
// event to the same days, or were published in the same weeks; when their
// events lie a week or two apart (a follow-up, or another happening of
// the same kind in the same places); and when one of them is undated (the
// names alone must then tell).
const (
	MinSimilarity        = 0.12
	MinApartSimilarity   = 0.7
	MinUndatedSimilarity = 0.2
)

// sameDays is how many days apart two sources may date their event and
// still speak of one day: a toll "by Tuesday evening" of a Monday quake.
const sameDays = 3

// minSimilarity is the similarity two sources need for one story, given
// their times; more than 1 when their times are too far apart.
func minSimilarity(a, b Profile) float64 {
	if da, db := a.day(), b.day(); da != noDay && db != noDay {
		switch d := abs(da - db); {
		case d <= sameDays:
			return MinSimilarity
		case d <= dayWindow:
			return MinApartSimilarity
		}
		return 2
	}
	ta, tb := a.when(), b.when()
	switch {
	case ta == noDay || tb == noDay:
		return MinUndatedSimilarity
	case abs(ta-tb) <= timeWindow:
		return MinSimilarity
	}
	return 2
}

// The time two sources of one story may lie apart: the days their own dates
// give their event (an earthquake and its aftershock a week later are one
// story; a crash a month later is another), or, when one of them dates
// nothing, the days they were published (coverage runs for weeks).
const (
	dayWindow  = 14
	timeWindow = 60
)

// maxDayLead is how long before its publication a source's event may lie
// and still date the source: a follow-up months later still dates the
// happening it follows; a day a year or more earlier is a background
// event's that an explainer dwells on, not the news it brings.
const maxDayLead = 180

// day is the day of the source's event in days, when it dates it and the
// date is not long before its publication; noDay otherwise.
func (p Profile) day() int {
	d := dayNumber(p.Day)
	if pub := dayNumber(p.Published); d != noDay && pub != noDay && (pub-d > maxDayLead || d-pub > 1) {
		return noDay
	}
	return d
}

// Similarity is the cosine of two profiles' terms, from 0 (no name in
// common) to 1.
func Similarity(a, b Profile) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.Terms) && j < len(b.Terms) {
		switch ka, kb := a.Terms[i].Key, b.Terms[j].Key; {
		case ka == kb:
			s += a.Terms[i].Weight * b.Terms[j].Weight
			i++
			j++
		case ka < kb:
			i++
		default:
			j++
		}
	}
	return s
}

// noDay is a day nothing gives.
const noDay = -1 << 31

// when is the profile's time in days: its publication, else its event's
// day.
func (p Profile) when() int {
	if d := dayNumber(p.Published); d != noDay {
		return d
	}
	return p.day()
}

// dayNumber is a YYYY-MM-DD date in days since 1970, noDay for "" or a
// malformed date. It is called for every pair compared: it reads the
// digits itself rather than through time.Parse.
func dayNumber(s string) int {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return noDay
	}
	n := func(t string) int {
		v := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return -1
			}
			v = v*10 + int(t[i]-'0')
		}
		return v
	}
	y, m, d := n(s[:4]), n(s[5:7]), n(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return noDay
	}
	// days from the civil date (Howard Hinnant's algorithm)
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
