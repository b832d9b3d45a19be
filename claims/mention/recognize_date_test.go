package mention

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// dateMentions renders what the date recogniser finds as
// "text=timex" (plus "/mod" when there is one), joined by "; ".
func dateMentions(text, ref string) string {
	var opt RecognizeOptions
	if ref != "" {
		t, err := time.Parse("2006-01-02", ref)
		if err != nil {
			panic(err)
		}
		opt.Reference = t
	}
	var out []string
	for _, m := range (dateRecognizer{}).Recognize(text, opt) {
		s := m.Text + "=" + m.Value.Date.Timex()
		if m.Value.Date.Mod != ModNone {
			s += "/" + string(m.Value.Date.Mod)
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

// A Tuesday: relative dates below resolve against it.
const dateRef = "2025-07-15"

func TestDateRecognizer(t *testing.T) {
	tests := []struct {
		name, ref, text, want string
	}{
		// full dates, every common order
		{"month day year", "", "It crashed on December 25, 2024, near Aktau.", "December 25, 2024=2024-12-25"},
		{"abbreviated month", "", "It crashed on Dec. 25, 2024.", "Dec. 25, 2024=2024-12-25"},
		{"day month year", "", "On 25 December 2024 a jet crashed.", "25 December 2024=2024-12-25"},
		{"ordinal of month", "", "the 25th of December 2024", "the 25th of December 2024=2024-12-25"},
		{"iso", "", "filed 2024-12-25.", "2024-12-25=2024-12-25"},
		{"us slashes", "", "dated 12/25/2024.", "12/25/2024=2024-12-25"},
		{"day first slashes", "", "dated 25/12/2024.", "25/12/2024=2024-12-25"},
		{"ambiguous slashes are US", "", "dated 03/04/2024.", "03/04/2024=2024-03-04"},
		{"two digit year", "", "dated 9-18-15.", "9-18-15=2015-09-18"},
		{"dotted day first", "", "Are you free on 13.5.2015?", "13.5.2015=2015-05-13"},
		{"compact", "", "report 20161016 filed", "20161016=2016-10-16"},
		{"month dash day dash year", "", "Sep-23-2020 it was", "Sep-23-2020=2020-09-23"},
		{"year slash month word", "", "How about 2019/aug/01", "2019/aug/01=2019-08-01"},
		{"weekday prefix", "", "Wednesday, December 25, 2024 was cold.", "Wednesday, December 25, 2024=2024-12-25"},
		{"weekday prefix no year", "", "on Wednesday, December 25 it snowed", "Wednesday, December 25=XXXX-12-25"},
		{"day in words", "", "I'll go back May twenty nine", "May twenty nine=XXXX-05-29"},
		{"ordinal word of month", "", "the second of Aug. was hot", "the second of Aug=XXXX-08-02"},
		// month and day without a year
		{"month day unknown year", "", "the July 7 airplane crisis", "July 7=XXXX-07-07"},
		{"day month unknown year", "", "by 25 Dec they left", "by 25 Dec=XXXX-12-25/before-end"},
		{"month day past", dateRef, "the July 7 crisis", "July 7=2025-07-07"},
		{"month day long ago is last year", dateRef, "On December 25, a plane crashed.", "December 25=2024-12-25"},
		{"month day soon is ahead", "2025-11-20", "On December 25, the shops close.", "December 25=2025-12-25"},
		// month and year, month alone
		{"month year", "", "In June 2025 police raided", "June 2025=2025-06"},
		{"abbreviated month year", "", "In Jun. 2025 police raided", "Jun. 2025=2025-06"},
		{"month comma year", "", "plan for Dec, 2018", "Dec, 2018=2018-12"},
		{"month of year", "", "june of 1992 was", "june of 1992=1992-06"},
		{"numeric month year", "", "out 11/2016 and", "11/2016=2016-11"},
		{"iso month", "", "out 2016-11 and", "2016-11=2016-11"},
		{"month alone", "", "met in October in Dushanbe", "October=XXXX-10"},
		{"month alone resolved", dateRef, "met in October in Dushanbe", "October=2024-10"},
		{"ambiguous month after in", "", "It began in March.", "March=XXXX-03"},
		{"last month name", dateRef, "last October they met", "last October=2024-10"},
		{"next month name", dateRef, "next June they meet", "next June=2026-06"},
		// years in an event context
		{"in year", "", "seized control in 2023.", "2023=2023"},
		{"the year noun", "", "the 2014 downing of MH17", "2014=2014"},
		{"since the year", "", "Since the 2020 war in Karabakh", "2020=2020"},
		{"since year", "", "rising since 2020.", "since 2020=2020/since"},
		{"by year", "", "reach $8bn by 2030.", "by 2030=2030/before-end"},
		{"year list", "", "Show sales of 2007 and 2009", "2007=2007; 2009=2009"},
		{"year range dash", "", "the 2019-2021 drought", "2019-2021=(2019-01-01,2022-01-01,P3Y)"},
		{"season years", "", "the 2010-11 season", "2010-11=(2010-01-01,2012-01-01,P2Y)"},
		{"between years", "", "between 2010 and 2015 it grew", "between 2010 and 2015=(2010-01-01,2016-01-01,P6Y)"},
		{"decade", "", "lost in the 1990s, then", "1990s=(1990-01-01,2000-01-01,P10Y)"},
		{"the year proper noun", "", "the 2024 Olympics in Paris", "2024=2024"},
		{"post year", "", "Post-1993 Economic Links", "Post-1993=1993/after"},
		{"late decade", "", "in the late 1990s it grew", "late 1990s=(1990-01-01,2000-01-01,P10Y)/end"},
		{"the following week", dateRef, "the following week, police came", ""},
		{"season year", "", "in the summer of 2022, it", "summer of 2022=(2022-06-01,2022-09-01,P3M)"},
		{"winter year", "", "winter 2023 was cold", "winter 2023=(2022-12-01,2024-03-01,P15M)"},
		{"last summer", dateRef, "last summer it rained", "last summer=(2024-06-01,2024-09-01,P3M)"},
		{"this winter", "2026-01-20", "this winter it snowed", "this winter=(2025-12-01,2026-03-01,P3M)"},
		{"fall verb", dateRef, "prices fall 5 percent", ""},
		{"fiscal year", "", "profit in FY2024 and fiscal 2025", "2024=2024; 2025=2025"},
		{"a year noun", "", "a 2019 report found", "2019=2019"},
		{"possessive year", "", "Russia’s 2022 invasion and its 2023 budget", "2022=2022; 2023=2023"},
		{"fraction after in", "", "in 3/4 of cases", ""},
		{"after nine eleven", "", "after 9/11 the law changed", "after 9/11=XXXX-09-11/after"},
		{"decade apostrophe", "", "in the 1970's and the ’90s", "1970's=(1970-01-01,1980-01-01,P10Y); 90s=(1990-01-01,2000-01-01,P10Y)"},
		{"decade words", "", "in the nineties and the early seventies", "nineties=(1990-01-01,2000-01-01,P10Y); early seventies=(1970-01-01,1980-01-01,P10Y)/start"},
		{"age decade", "", "people in their 70s and their seventies", ""},
		// parts and open sides
		{"early month year", "", "In early October 2025, Putin apologised", "early October 2025=2025-10/start"},
		{"mid dash year", "", "until mid-2024 trade grew", "until mid-2024=2024/before-end"},
		{"mid year", "", "in mid 2024 trade grew", "mid 2024=2024/mid"},
		{"late year", "", "shot down in late 2024, killing", "late 2024=2024/end"},
		{"late month", "", "until late December, when", "until late December=XXXX-12/before-end"},
		{"end of year", "", "by the end of 2024 it fell", "by the end of 2024=2024/before-end"},
		{"the end of year", "", "at the end of 2024 it fell", "end of 2024=2024/end"},
		{"first half", "", "the first half of 2025 saw", "the first half of 2025=(2025-01-01,2025-07-01,P6M)"},
		{"quarter", "", "in Q3 2016 sales", "Q3 2016=(2016-07-01,2016-10-01,P3M)"},
		{"year then quarter", "", "out 2016 the third quarter", "2016 the third quarter=(2016-07-01,2016-10-01,P3M)"},
		{"third quarter of", "", "the third quarter of 2024 was", "the third quarter of 2024=(2024-07-01,2024-10-01,P3M)"},
		{"before year", "", "sales before 2020 fell", "before 2020=2020/before"},
		{"after year", "", "sales after 2020 rose", "after 2020=2020/after"},
		{"since month year", "", "escalating since July 2025.", "since July 2025=2025-07/since"},
		{"no later than", "", "no later than January 1, 2010", "no later than January 1, 2010=2010-01-01/before"},
		// ranges
		{"day range in month", "", "out 4 to 22 January 1995", "4 to 22 January 1995=(1995-01-04,1995-01-22,P18D)"},
		{"days and month", "", "clashes on 12 and 13 March killed 4", "12 and 13 March=(XXXX-03-12,XXXX-03-13,P1D)"},
		{"count and month", "", "killed 12 and 13 March", "13 March=XXXX-03-13"},
		{"month day range", "", "out November 19-20, 2016.", "November 19-20, 2016=(2016-11-19,2016-11-20,P1D)"},
		{"month range with year", "", "in Korea Jan-Feb 2017 and Nov to Feb 2017", "Jan-Feb 2017=(2017-01-01,2017-03-01,P2M); Nov to Feb 2017=(2016-11-01,2017-03-01,P4M)"},
		{"from to", "", "from Oct. 2 to October 22", "from Oct. 2 to October 22=(XXXX-10-02,XXXX-10-22,P20D)"},
		// weekdays and relative dates
		{"on weekday", dateRef, "On Wednesday, officials said", "Wednesday=2025-07-09"},
		{"weekday today", dateRef, "On Tuesday, officials said", "Tuesday=2025-07-15"},
		{"weekday future cue", dateRef, "Talks will resume on Thursday.", "Thursday=2025-07-17"},
		{"weekday unknown ref: left for the other sources to place", "", "On Wednesday, officials said", "Wednesday=XXXX-WXX-3"},
		{"weekday range", dateRef, "between Monday and Wednesday, they said", "between Monday and Wednesday=(2025-07-07,2025-07-09,P2D)"},
		{"will with month day", dateRef, "The court will rule on 3 June.", "3 June=2026-06-03"},
		{"since is past", dateRef, "its highest since late September", "since late September=2024-09/since"},
		{"dotted is a decimal", "", "down from 4.1% and from 4.2 million", ""},
		{"last weekday", dateRef, "last Thursday police came", "last Thursday=2025-07-10"},
		{"weekday next week", dateRef, "on Friday next week", "Friday next week=2025-07-25"},
		{"last weekend", dateRef, "clashes last weekend left 3 dead", "last weekend=(2025-07-12,2025-07-13,P1D)"},
		{"this weekend", dateRef, "talks this weekend", "this weekend=(2025-07-19,2025-07-20,P1D)"},
		{"over the weekend", dateRef, "over the weekend, police said", "the weekend=(2025-07-12,2025-07-13,P1D)"},
		{"past weekend on sunday", "2025-07-13", "the past weekend", "past weekend=(2025-07-12,2025-07-13,P1D)"},
		{"yesterday", dateRef, "Yesterday the minister said", "Yesterday=2025-07-14"},
		{"yesterday unknown ref", "", "Yesterday the minister said", ""},
		{"days ago", dateRef, "two days ago the minister said", "two days ago=2025-07-13"},
		{"a year earlier", dateRef, "a year earlier it was 10", "a year earlier=2024"},
		{"months ago", dateRef, "three months ago it was", "three months ago=2025-04"},
		{"last year", dateRef, "Trade fell last year.", "last year=2024"},
		{"last year unknown ref", "", "Trade fell last year.", ""},
		{"last month", dateRef, "Trade fell last month.", "last month=2025-06"},
		{"next week", dateRef, "They meet next week.", "next week=2025-W30"},
		{"this week", dateRef, "They met this week.", "this week=2025-W29"},
		{"last quarter", dateRef, "Sales for last quarter", "last quarter=(2025-04-01,2025-07-01,P3M)"},
		{"past years", dateRef, "over the past 3 years", "past 3 years=(2022-07-15,2025-07-15,P3Y)"},
		{"past decade", dateRef, "over the past decade it doubled", "past decade=(2015-07-15,2025-07-15,P10Y)"},
		{"coming weeks", dateRef, "in the coming weeks and days", ""},
		{"since the start of the year", dateRef, "since the start of the year", "since the start of the year=2025/since"},
		{"earlier this year", dateRef, "earlier this year, it said", "earlier this year=2025"},
		{"end of this month", dateRef, "by the end of this month", "by the end of this month=2025-07/before-end"},
		{"on the ordinal", dateRef, "It happened on the 4th.", "the 4th=2025-07-04"},
		{"thursday the", dateRef, "Thursday the 10th was hot", "Thursday the 10th=2025-07-10"},
		{"first friday of", dateRef, "the first Friday of August", "the first Friday of August=2025-08-01"},
		{"in weeks", dateRef, "Elections are due in two weeks.", "two weeks=2025-07-29"},
		{"later is the story's", dateRef, "but now, three years later, it holds", ""},
		{"in years of", dateRef, "killed in two years of war", ""},
		{"this past weekday", dateRef, "this past Wednesday they met", "this past Wednesday=2025-07-09"},
		{"coming weekday", dateRef, "the coming Friday", "coming Friday=2025-07-18"},
		{"lower month range", "", "from april to June in 2017", "from april to June in 2017=(2017-04-01,2017-07-01,P3M)"},
		{"two digit year near the reference", "2016-11-07", "dated 03/18/40 and 3-7-27", "03/18/40=1940-03-18; 3-7-27=2027-03-07"},
		{"spelled year after a month", "", "in August two thousand and fifteen", "August two thousand and fifteen=2015-08"},
		{"spelled full date", "", "born on January twenty five nineteen eighty six", "January twenty five nineteen eighty six=1986-01-25"},
		{"spelled years", "", "left in nineteen ninety six and came back in two thousand and fifteen", "nineteen ninety six=1996; two thousand and fifteen=2015"},
		{"spelled count", "", "in two thousand homes and twenty five cases", ""},
		// not dates
		{"clock time", "", "at 10:30 on the dot", ""},
		{"modal may", "", "they may 5 times over", ""},
		{"may lower with day", "", "it may 12 be", ""},
		{"march verb", "", "Protesters march 3 miles. They March on.", ""},
		{"march noun", "", "The March to the sea began.", ""},
		{"ordinal century", "", "the 21st century and the 5th floor", ""},
		{"page number", "", "see page 12 and 2 of 3", ""},
		{"score", "", "won 3-1 after a 2-2 draw", ""},
		{"thousands", "", "He was 2,000 km away", ""},
		{"count after year-like", "", "in 2000 people died", ""},
		{"the count", "", "the 1500 protesters marched", ""},
		{"identifier", "", "Flight J2-8243 and Boeing 737-800", ""},
		{"rose by", "", "It rose by 2000 in a year", ""},
		{"bare fraction", "", "about 1/2 of them", ""},
		{"decimal", "", "rose 4.22 percent", ""},
		{"money", "", "I bought it for $ 12 December 27", "December 27=XXXX-12-27"},
		{"event weekday", dateRef, "Black Friday sales", ""},
		{"sports quarter", "", "in the third quarter he scored", ""},
		{"ratio", "", "a 4:3 aspect ratio", ""},
		{"news noise", dateRef, "Covid-19 at 2:45 a.m. (1845 GMT); Room 2012; call 0800 1234; passed 52-48; aged 86; 24/7 hotline", ""},
		{"decimal after from", "", "grew from 4.2 million to 4.6 million", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateMentions(tt.text, tt.ref); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDateMentionShape(t *testing.T) {
	text := "Tensions rose\u00a0in early January\u00a0when, on 25 December 2024, it crashed."
	ms := (dateRecognizer{}).Recognize(text, RecognizeOptions{Reference: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)})
	if len(ms) != 2 {
		t.Fatalf("got %d mentions, want 2", len(ms))
	}
	for _, m := range ms {
		if m.Kind != KindDate || m.Value.Date == nil {
			t.Errorf("%q: got kind %v date %v, want a date", m.Text, m.Kind, m.Value.Date)
		}
		if text[m.Start:m.End] != m.Text {
			t.Errorf("got text[%d:%d] %q, want %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		lo, hi := m.Value.Date.Interval()
		if m.Value.Low != lo || m.Value.High != hi {
			t.Errorf("%q: got interval [%v,%v], want [%v,%v]", m.Text, m.Value.Low, m.Value.High, lo, hi)
		}
	}
	if got := ms[0].Value.Date; got.Year != 2026 || got.Month != 1 || got.Mod != ModStart || !got.Relative {
		t.Errorf("got %+v, want early January 2026, relative", *got)
	}
}

func TestDateTimex(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want string
	}{
		{"day", Date{Year: 2024, Month: 12, Day: 25}, "2024-12-25"},
		{"unknown year", Date{Month: 7, Day: 7}, "XXXX-07-07"},
		{"week", Date{Year: 2018, Week: 22}, "2018-W22"},
		{"quarter", dtPeriod(2016, 7, 3), "(2016-07-01,2016-10-01,P3M)"},
		{"december quarter", dtPeriod(2016, 10, 3), "(2016-10-01,2017-01-01,P3M)"},
		{"days", Date{Year: 1995, Month: 1, Day: 4, To: &Date{Year: 1995, Month: 1, Day: 22}}, "(1995-01-04,1995-01-22,P18D)"},
		{"years", Date{Year: 2019, To: &Date{Year: 2021}}, "(2019-01-01,2022-01-01,P3Y)"},
		{"across new year", Date{Month: 10, Day: 25, To: &Date{Month: 1, Day: 25}}, "(XXXX-10-25,XXXX-01-25,P92D)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.Timex(); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDateOverlapsRangesAndWeeks(t *testing.T) {
	q3 := dtPeriod(2016, 7, 3)
	tests := []struct {
		name string
		a, b Date
		want bool
	}{
		{"quarter holds its month", q3, Date{Year: 2016, Month: 8}, true},
		{"quarter misses the next", q3, Date{Year: 2016, Month: 10, Day: 1}, false},
		{"week holds its monday", Date{Year: 2025, Week: 29}, Date{Year: 2025, Month: 7, Day: 14}, true},
		{"week misses the sunday before", Date{Year: 2025, Week: 29}, Date{Year: 2025, Month: 7, Day: 13}, false},
		{"since holds later years", Date{Year: 2020, Mod: ModSince}, Date{Year: 2023}, true},
		{"since holds its own year", Date{Year: 2020, Mod: ModSince}, Date{Year: 2020, Month: 3}, true},
		{"after misses its own year", Date{Year: 2020, Mod: ModAfter}, Date{Year: 2020, Month: 3}, false},
		{"unknown year range", Date{Month: 10, Day: 25, To: &Date{Month: 1, Day: 25}}, Date{Year: 2019, Month: 1, Day: 3}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Overlaps(tt.b); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"On December 25, 2024, when", "since July 2025.", "from 4 to 22 January, 1995", "2/29-3/1/2019",
		"the first Friday of next month", "Q3 this year", "last 3year", "Sep-23-2020", "20161016",
		"in the 1990s", "mid-2024", "Wednesday, 25\u00a0December", "the 2010-11 season", "3-7-07",
		"\u00a0late\u2009December—", "October, 1st", "two days from tomorrow", "the day before yesterday",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, withRef bool) {
		var opt RecognizeOptions
		if withRef {
			opt.Reference = time.Date(2019, 3, 31, 0, 0, 0, 0, time.UTC)
		}
		last := 0
		for _, m := range (dateRecognizer{}).Recognize(text, opt) {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %q at [%d,%d) after %d in %d bytes", m.Text, m.Start, m.End, last, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("got text[%d:%d] %q, want %q", m.Start, m.End, text[m.Start:m.End], m.Text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("mention %q splits a character", m.Text)
			}
			if m.Value.Date == nil || m.Kind != KindDate {
				t.Fatalf("mention %q has no date", m.Text)
			}
			_ = m.Value.Date.Timex()
			_ = m.Value.Date.String()
			last = m.End
		}
	})
}

// TestDateStarts holds cases at the edges of mayStart, the quick test of
// where a date may begin: each must still be read, or still not.
func TestDateStarts(t *testing.T) {
	tests := []struct {
		name, ref, text, want string
	}{
		{"decimal after on", "", "The court met on 12.6 and again later.", "12.6=XXXX-12-06"},
		{"decimal after a weekday", dateRef, "The court met on Friday 12.6 to rule.", "Friday 12.6=2024-12-06"},
		{"decimal", "", "Growth was 24.6 percent in 2019.", "2019=2019"},
		{"comma colon percent", "", "Sales hit 8,900 units at 10:30, up 5%.", ""},
		{"year before a comma", "", "The figures for 2016, Nov and Dec were late.", "2016, Nov=2016-11; Dec=XXXX-12"},
		{"year after since", "", "Prices have risen since 2020 inflation began.", "since 2020=2020/since"},
		{"range from a day", "", "The strike ran from 4 to 22 January 1995.", "from 4 to 22 January 1995=(1995-01-04,1995-01-22,P18D)"},
		{"range between days", "", "Talks were held between 12 and 13 March.", "between 12 and 13 March=(XXXX-03-12,XXXX-03-13,P1D)"},
		{"a week ago", dateRef, "The deal was signed a week ago.", "a week ago=2025-07-08"},
		{"a week ago without reference", "", "The deal was signed a week ago.", ""},
		{"no later than", "", "It must be paid no later than 2010.", "no later than 2010=2010/before"},
		{"open side before the", "", "He worked by the evening light until the end of 2024.", "until the end of 2024=2024/before-end"},
		{"this past", dateRef, "They met this past Wednesday and last year.", "this past Wednesday=2025-07-09; last year=2024"},
		{"compound adjective", "", "The 53-year-old captain flew in 2013.", "2013=2013"},
		{"ordinal", "", "in the first quarter of 2016", "the first quarter of 2016=(2016-01-01,2016-04-01,P3M)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateMentions(tt.text, tt.ref); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// benchArticle is a generated news text with dates, numbers and plain prose.
func benchArticle() string {
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "On %s %d, %d, officials said that at least %d people were killed and %d,%03d were "+
			"displaced since early %d. Trade fell to $%d.%d billion last year, about %d percent less than in "+
			"2019-2020, according to the ministry, which expects a recovery by the end of %d. The talks resumed "+
			"on Wednesday and will continue next week, two days after the %d%s round.\n\n",
			time.Month(i%12+1), i%28+1, 1990+i%35, i%90+3, i%50+1, i%1000, 2000+i%25, i%9+1, i%10, i%30+2,
			2026+i%5, i%20+1, []string{"st", "nd", "rd", "th"}[i%4])
	}
	return b.String()
}

// BenchmarkDateRecognizer measures the date recogniser alone over the
// generated articles of BenchmarkFindMentions, with a reference date.
func BenchmarkDateRecognizer(b *testing.B) {
	texts, n := benchCorpus()
	opt := RecognizeOptions{Reference: time.Date(2025, 7, 15, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			(dateRecognizer{}).Recognize(t, opt)
		}
	}
}

// BenchmarkDateRecognizerDense runs the recogniser paragraph by paragraph
// over a text with a date every few words: its worst case.
func BenchmarkDateRecognizerDense(b *testing.B) {
	paras := strings.SplitAfter(benchArticle(), "\n\n")
	n := 0
	for _, s := range paras {
		n += len(s)
	}
	opt := RecognizeOptions{Reference: time.Date(2025, 7, 15, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range paras {
			(dateRecognizer{}).Recognize(s, opt)
		}
	}
}

func BenchmarkDateLexer(b *testing.B) {
	paras := strings.SplitAfter(benchArticle(), "\n\n")
	n := 0
	for _, s := range paras {
		n += len(s)
	}
	b.SetBytes(int64(n))
	var toks []dtok
	for b.Loop() {
		for _, s := range paras {
			toks = dtLex(s, toks[:0])
		}
	}
}

func ExampleFindMentions_dates() {
	text := "On December 25, 2024, a plane crashed. Tensions have risen since early October, and talks resume next week."
	published := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	for _, m := range FindMentions(text, RecognizeOptions{Reference: published}) {
		if m.Kind == KindDate {
			fmt.Printf("%-20s %-10s %s\n", m.Text, m.Value.Date.Timex(), m.Value.Date)
		}
	}
	// Output:
	// December 25, 2024    2024-12-25 25 December 2024
	// since early October  2025-10    since October 2025
	// next week            2025-W48   week 48 of 2025
}
