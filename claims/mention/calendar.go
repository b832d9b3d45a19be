package mention

import "strings"

// monthWords are the months, January at 1, each by its full name and then
// its abbreviations (words/months.txt). With weekdayWords (words/weekdays.txt)
// it is the one table of calendar words: the date recogniser, the number
// recogniser and claim reading (through MonthWord and WeekdayName) all
// read it.
var monthWords, weekdayWords = dateLists.months, dateLists.weekdays

// calendarEntry is what a word of monthWords or weekdayWords is.
type calendarEntry struct {
	month bool // a month, else a day of the week
	full  bool // the full name, not an abbreviation
}

// calendarWords holds every word of monthWords and weekdayWords.
var calendarWords = func() map[string]calendarEntry {
	m := map[string]calendarEntry{}
	for _, names := range monthWords[1:] {
		for i, w := range names {
			m[w] = calendarEntry{month: true, full: i == 0}
		}
	}
	for _, names := range weekdayWords[1:] {
		for i, w := range names {
			m[w] = calendarEntry{full: i == 0}
		}
	}
	return m
}()

// MonthWord reports whether w, in lower case, names a month, in full or
// abbreviated ("sept", "Sept." folded): such a word starts no proper name.
func MonthWord(w string) bool {
	e, ok := calendarWords[strings.TrimSuffix(w, ".")]
	return ok && e.month
}

// WeekdayName reports whether w, in lower case, is the full name of a day
// of the week. Abbreviations are left out: "sun", "sat" and "wed" are
// words of their own.
func WeekdayName(w string) bool {
	e, ok := calendarWords[w]
	return ok && !e.month && e.full
}

// calendarWord reports whether w (folded) is a month or a day of the week,
// with its common abbreviations.
func calendarWord(w string) bool {
	_, ok := calendarWords[w]
	return ok
}
