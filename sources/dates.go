package sources

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// A date line is a line near the top of an article that holds nothing but a
// publication date, perhaps with a label ("Published", "Updated"), a weekday
// and a clock time: "07/15/2025", "Published 3 March 2025",
// "Tuesday, July 15, 2025 at 10:15 am EDT", "2025-07-15T10:15:00Z".
const (
	reMonth   = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	reWeekday = `(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?`
	reLabel   = `(?:(?:published|updated|posted|last updated|first published|last modified|date|dated|on)\s*:?\s*(?:on\s+)?)?`
	reDay     = `(\d{1,2})(?:st|nd|rd|th)?`
	reClock   = `(?:\s*(?:,|at|@|\||-|–|—|·|•)?\s*\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5}|utc|gmt)?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\s*)?`
)

// dateRes are the date-line patterns. They are compiled when the first
// line that may be a date is read: half a megabyte and a millisecond that
// a run reading none (--version, most plain texts) does not pay for at
// start-up.
var dateRes = sync.OnceValue(func() *dateRegexps {
	return &dateRegexps{
		iso:      regexp.MustCompile(`^` + reLabel + `(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?` + reClock + `$`),
		numeric:  regexp.MustCompile(`^` + reLabel + reWeekday + `(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})` + reClock + `$`),
		monthDay: regexp.MustCompile(`^` + reLabel + reWeekday + reMonth + `\s+` + reDay + `,?\s+(\d{4})` + reClock + `$`),
		dayMonth: regexp.MustCompile(`^` + reLabel + reWeekday + reDay + `\.?\s+(?:of\s+)?` + reMonth + `,?\s+(\d{4})` + reClock + `$`),
		relative: regexp.MustCompile(`^` + reLabel + `(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago|yesterday|today|just now)$`),
	}
})

type dateRegexps struct{ iso, numeric, monthDay, dayMonth, relative *regexp.Regexp }

var monthNumber = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// parseDateLine reads a line that is only a date. abs is false for a
// relative date ("2 days ago"), which is a date line without a value.
func parseDateLine(line string) (t time.Time, abs, ok bool) {
	if len(line) > 100 || len(line) < 5 {
		return time.Time{}, false, false
	}
	if !dateStart(line) {
		return time.Time{}, false, false
	}
	s := fold(line)
	if len(s) < 5 || len(s) > 80 || words(s) > 12 {
		return time.Time{}, false, false
	}
	if !strings.ContainsAny(s, "0123456789") {
		if !strings.HasSuffix(s, "ago") && s != "yesterday" && s != "today" && s != "just now" {
			return time.Time{}, false, false
		}
	}
	// The regexps are slow: each pair is tried only when the line has what
	// both need, a digit followed by "-", "/" or "." ("2025-07-15",
	// "07/15/2025"), or the name of a month.
	re := dateRes()
	if digitThenSeparator(s) {
		if m := re.iso.FindStringSubmatch(s); m != nil {
			return mkdate(m[1], m[2], m[3])
		}
		if m := re.numeric.FindStringSubmatch(s); m != nil {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[3])
			y := m[4]
			if len(y) == 2 {
				y = "20" + y
			}
			// Month first for "/" and "-" (07/15/2025), day first for "."
			// (15.07.2025), unless the numbers say otherwise.
			dayFirst := m[2] == "."
			if a > 12 {
				dayFirst = true
			} else if b > 12 {
				dayFirst = false
			}
			if dayFirst {
				a, b = b, a
			}
			return mkdate(y, strconv.Itoa(a), strconv.Itoa(b))
		}
	}
	if namesMonth(s) {
		if m := re.monthDay.FindStringSubmatch(s); m != nil {
			return mkdate(m[3], strconv.Itoa(int(monthNumber[m[1][:3]])), m[2])
		}
		if m := re.dayMonth.FindStringSubmatch(s); m != nil {
			return mkdate(m[3], strconv.Itoa(int(monthNumber[m[2][:3]])), m[1])
		}
	}
	if re.relative.MatchString(s) {
		return time.Time{}, false, true
	}
	return time.Time{}, false, false
}

// digitThenSeparator reports a digit followed by "-", "/" or ".".
func digitThenSeparator(s string) bool {
	for i := 1; i < len(s); i++ {
		if (s[i] == '-' || s[i] == '/' || s[i] == '.') && s[i-1] >= '0' && s[i-1] <= '9' {
			return true
		}
	}
	return false
}

// namesMonth reports whether s holds the start of a month's name.
func namesMonth(s string) bool {
	for m := range monthNumber {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

func mkdate(ys, ms, ds string) (time.Time, bool, bool) {
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 April
		return time.Time{}, false, false
	}
	return t, true, true
}

// ParseDate reads a publication date as written in front matter or on the
// command line: RFC 3339, 2006-01-02, and the forms of a date line.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04:05 -0700", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
		}
	}
	if t, abs, ok := parseDateLine(s); ok && abs {
		return t, true
	}
	return time.Time{}, false
}

// dateWords may start a date line.
var dateWords = setOf(
	"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
	"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
	"dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur",
	"thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
	"published", "updated", "posted", "last", "first", "date", "dated", "on", "yesterday", "today",
	"just", "an", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve",
)

// dateStart is a quick test for the first word of a date line: a digit or
// one of dateWords.
func dateStart(line string) bool {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '*' || line[i] == '_' || line[i] >= utf8.RuneSelf) {
		if line[i] >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(line[i:])
			if !isSpace(r) && !unicode.IsPunct(r) {
				return false
			}
			i += n
			continue
		}
		i++
	}
	if i < len(line) && line[i] >= '0' && line[i] <= '9' {
		return true
	}
	j := i
	for j < len(line) && j-i < 10 && (line[j]|0x20 >= 'a' && line[j]|0x20 <= 'z') {
		j++
	}
	return lookupLower(dateWords, line[i:j])
}
