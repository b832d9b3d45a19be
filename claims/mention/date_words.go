package mention

import (
	"maps"
	"slices"
)

// The words the date recogniser knows: months, weekdays, number words up to
// thirty-one, and the small words that make dates relative or open.

type dtClass uint8

const (
	dtNone    dtClass = iota
	dtMonth           // v 1-12
	dtWeekday         // v 1-7, Monday 1
	dtNumber          // a number word: v its value
	dtOrdinal         // an ordinal word: v its value
	dtKeyword         // see id
)

type dtWordID uint8

const (
	_ dtWordID = iota // zero: not a date word
	// prepositions and conjunctions
	wIn
	wOn
	wAt
	wSince
	wBy
	wBefore
	wAfter
	wUntil
	wTill
	wFrom
	wDuring
	wThrough
	wThroughout
	wOf
	wTo
	wBetween
	wAnd
	wOr
	wThe
	wFor
	wThan
	wNo
	wNot
	wPrior
	wCirca
	wAround
	wAs
	// open sides and parts
	wLater
	wEarlier
	wStarting
	wBeginning
	wStart
	wEnd
	wMiddle
	wMid
	wEarly
	wLate
	wGreater
	wRest
	wRemaining
	// relative
	wAgo
	wHence
	wNow
	wToday
	wTomorrow
	wYesterday
	wFew
	wCouple
	wA
	wAn
	wThis
	wLast
	wNext
	wPast
	wPrevious
	wCurrent
	wComing
	wFollowing
	wUpcoming
	// units
	wDay
	wWeek
	wMonth
	wYear
	wQuarter
	wHalf
	wDecade
	wQ // "Q3"
	wH // "H2"
	// seasons and years in context
	wSummer
	wWinter
	wSpring
	wAutumn
	wFall
	wFiscal
	wSeason
	wElection
	// future tense cues
	wWill
	wLl
	wShall
	wScheduled
	wDue
	wExpected
	wPlans
	wWhen
	wPre
	wPost
	wDecadeName // "the nineties": v is the tens
	wWeekend
	wOver
)

// dtMay is the month that is also a verb: the parser reads it as a month
// only with a capital, or before a year.
const dtMay = 5

type dtEntry struct {
	cls dtClass
	id  dtWordID
	v   int
}

var (
	dtWords   = newDtWords(dateLists)
	dtTable   *wordTable // finds a word of a text among dtWords
	dtEntries []dtEntry  // dtWords by their number in dtTable; entry 0 is no keyword
)

func init() {
	words := slices.Sorted(maps.Keys(dtWords))
	dtEntries = make([]dtEntry, 1, len(words)+1)
	for _, w := range words {
		dtEntries = append(dtEntries, dtWords[w])
	}
	dtTable = newWordTable(words)
}

// newDtWords makes the table of date words: the months and weekdays of
// lists, and the number words and keywords of the grammar.
func newDtWords(lists *dateWordLists) map[string]dtEntry {
	dtWords := map[string]dtEntry{}
	for m, names := range lists.months {
		for _, w := range names {
			dtWords[w] = dtEntry{cls: dtMonth, v: m}
		}
	}
	for d, names := range lists.weekdays {
		for _, w := range names {
			dtWords[w] = dtEntry{cls: dtWeekday, v: d}
		}
	}
	cardinals := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range cardinals {
		dtWords[w] = dtEntry{cls: dtNumber, v: i}
	}
	for i, w := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		dtWords[w] = dtEntry{cls: dtNumber, v: 30 + 10*i}
	}
	ordinals := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, w := range ordinals {
		if w != "" {
			dtWords[w] = dtEntry{cls: dtOrdinal, v: i}
		}
	}
	dtWords["thirtieth"] = dtEntry{cls: dtOrdinal, v: 30}
	keywords := map[dtWordID][]string{
		wIn: {"in"}, wOn: {"on"}, wAt: {"at"}, wSince: {"since"}, wBy: {"by"}, wBefore: {"before"},
		wAfter: {"after"}, wUntil: {"until", "til"}, wTill: {"till"}, wFrom: {"from"}, wDuring: {"during"},
		wThrough: {"through", "thru"}, wThroughout: {"throughout"}, wOf: {"of"}, wTo: {"to"},
		wBetween: {"between"}, wAnd: {"and"}, wOr: {"or"}, wThe: {"the"}, wFor: {"for"}, wThan: {"than"},
		wNo: {"no"}, wNot: {"not"}, wPrior: {"prior"}, wCirca: {"circa"}, wAround: {"around"}, wAs: {"as"},
		wLater: {"later"}, wEarlier: {"earlier"}, wStarting: {"starting", "commencing"},
		wBeginning: {"beginning"}, wStart: {"start"}, wEnd: {"end", "close"}, wMiddle: {"middle"},
		wMid: {"mid"}, wEarly: {"early"}, wLate: {"late"}, wGreater: {"greater"}, wRest: {"rest"},
		wRemaining: {"remaining", "remainder"},
		wAgo:       {"ago"}, wHence: {"hence"}, wNow: {"now"}, wToday: {"today"}, wTomorrow: {"tomorrow"},
		wYesterday: {"yesterday"}, wFew: {"few"}, wCouple: {"couple"}, wA: {"a"}, wAn: {"an"},
		wThis: {"this"}, wLast: {"last"}, wNext: {"next"}, wPast: {"past"}, wPrevious: {"previous", "preceding"},
		wCurrent: {"current"}, wComing: {"coming"}, wFollowing: {"following"}, wUpcoming: {"upcoming"},
		wDay: {"day", "days"}, wWeek: {"week", "weeks"}, wMonth: {"month", "months"}, wYear: {"year", "years"},
		wQuarter: {"quarter", "quarters"}, wHalf: {"half"}, wDecade: {"decade", "decades"},
		wQ: {"q"}, wH: {"h"},
		wSummer: {"summer"}, wWinter: {"winter"}, wSpring: {"spring"}, wAutumn: {"autumn"}, wFall: {"fall"},
		wFiscal: {"fiscal", "fy"}, wSeason: {"season"}, wElection: {"election", "elections"},
		wWill: {"will"}, wLl: {"ll"}, wShall: {"shall"}, wScheduled: {"scheduled"}, wDue: {"due"},
		wExpected: {"expected"}, wPlans: {"plans", "plan", "planned"}, wWhen: {"when"}, wPre: {"pre"}, wPost: {"post"}, wWeekend: {"weekend"}, wOver: {"over"},
	}
	for i, w := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		dtWords[w] = dtEntry{cls: dtKeyword, id: wDecadeName, v: 20 + 10*i}
	}
	for id, ws := range keywords {
		for _, w := range ws {
			if e, ok := dtWords[w]; ok && e.cls != dtKeyword {
				panic("date keyword clash: " + w)
			}
			dtWords[w] = dtEntry{cls: dtKeyword, id: id}
		}
	}
	return dtWords
}
