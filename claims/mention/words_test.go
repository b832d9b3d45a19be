package mention

import (
	"strings"
	"testing"
)

// A count noun added to words/year-count-nouns.txt keeps the year reading
// off the number before it.
func TestYearCountNounsFile(t *testing.T) {
	text := "Officials said that in 2000 pilgrims came to the shrine."
	dates := func(lists *dateWordLists) []string {
		p := dtParser{text: text, t: dtLex(text, nil), lastEnd: -1, lists: lists}
		p.run()
		var out []string
		for _, m := range p.out {
			out = append(out, m.Text)
		}
		return out
	}
	if got := dates(dateLists); len(got) != 1 || got[0] != "2000" {
		t.Fatalf("without the noun: got %q, want [\"2000\"]", got)
	}
	more, err := loadDateWordLists(wordLists.Append("words/year-count-nouns.txt", "pilgrims"))
	if err != nil {
		t.Fatal(err)
	}
	if got := dates(more); len(got) != 0 {
		t.Errorf("with \"pilgrims\" a count noun: got %q, want no date", got)
	}
}

// A spelling added to words/months.txt or words/weekdays.txt becomes a
// date word of its month or day, an abbreviation of it.
func TestCalendarFiles(t *testing.T) {
	tests := []struct {
		file, line, word string
		want             dtEntry
	}{
		{"words/months.txt", "7: jly", "jly", dtEntry{cls: dtMonth, v: 7}},
		{"words/weekdays.txt", "3: weds", "weds", dtEntry{cls: dtWeekday, v: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if _, ok := dtWords[tt.word]; ok {
				t.Fatalf("%q is a date word already", tt.word)
			}
			more, err := loadDateWordLists(wordLists.Append(tt.file, tt.line))
			if err != nil {
				t.Fatal(err)
			}
			if got := newDtWords(more)[tt.word]; got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			names := more.months[tt.want.v]
			if tt.want.cls == dtWeekday {
				names = more.weekdays[tt.want.v]
			}
			if names[0] == tt.word || names[len(names)-1] != tt.word {
				t.Errorf("names %q: want %q last, an abbreviation", names, tt.word)
			}
		})
	}
}

func TestCalendarFilesErrors(t *testing.T) {
	tests := []struct {
		file, line, want string
	}{
		{"words/months.txt", "13: brumaire", `month "13": want a number from 1 to 12`},
		{"words/months.txt", "9: Sept", `"Sept": want lower-case letters a to z`},
		{"words/weekdays.txt", "2: mon", `"mon" is a name of day 1 already`},
		{"words/weekdays.txt", "friday", `malformed entry "friday": want "key: value"`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, err := loadDateWordLists(wordLists.Append(tt.file, tt.line))
			if err == nil || !strings.HasPrefix(err.Error(), "claims/mention/"+tt.file+":") || !strings.HasSuffix(err.Error(), ": "+tt.want) {
				t.Errorf("got error %v, want claims/mention/%s:N: %s", err, tt.file, tt.want)
			}
		})
	}
}

// The word lists hold what the recognisers had as literals.
func TestDateWordListsLoad(t *testing.T) {
	l, err := loadDateWordLists(wordLists)
	if err != nil {
		t.Fatal(err)
	}
	if l.months[9][0] != "september" || l.weekdays[4][0] != "thursday" || !l.countNouns["people"] {
		t.Errorf("got months %q, weekdays %q", l.months, l.weekdays)
	}
}
