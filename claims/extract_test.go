package claims_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/corpus"
	"github.com/claimdiff/claimdiff/sources"
)

// extractText runs the whole extractor over one paragraph of text.
func extractText(t *testing.T, text string, published string) []claims.Claim {
	t.Helper()
	var opt sources.Options
	if published != "" {
		p, err := time.Parse("2006-01-02", published)
		if err != nil {
			t.Fatal(err)
		}
		opt.Published = p
	}
	doc, err := sources.Parse("case.txt", []byte(text+"\n"), opt)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return claims.Extract(doc, claims.ExtractOptions{})
}

// brief is a claim as the table cases state it: kind, value, metric, and
// the flags that matter.
func brief(c claims.Claim) string {
	s := fmt.Sprintf("%s %v %s", c.Kind, c.Value.JSONValue(), c.Metric)
	if c.Value.Qualifier != mention.Exact {
		s += " q=" + string(c.Value.Qualifier)
	}
	if c.Period != "" {
		s += " period=" + c.Period
	}
	if c.Target {
		s += " target"
	}
	if c.Superseded {
		s += " superseded"
	}
	return s
}

func TestExtract(t *testing.T) {
	for _, tc := range []struct {
		name, text, published string
		want                  []string
	}{
		{"casualty verbs pick the metric", "The blast killed 12 people and wounded 40 others.", "",
			[]string{"count 12 deaths", "count 40 injured"}},
		{"a partitive counts deaths and people aboard", "Thirty-eight of the 67 people on board were killed in the crash.", "",
			[]string{"count 38 deaths", "count 67 aboard"}},
		{"a partitive's part counts what its whole counts", "Labour took 411 of the 650 seats in parliament.", "",
			[]string{"count 411 seats", "count 650 seats"}},
		{"an elided noun before for", "Labour holds 411 seats, against 121 for the Conservatives.", "",
			[]string{"count 411 seats", "count 121 seats"}},
		{"an elided noun before who", "About 6.8 million people voted for the party, half the 13.9 million who did so before.", "",
			[]string{"count 6.8e+06 people q=about", "count 1.39e+07 people"}},
		{"passengers and crew together are everyone aboard", "The jet was carrying 181 passengers and crew when it crashed.", "",
			[]string{"count 181 aboard"}},
		{"the predicate outranks the noun", "Only two crew members, both found in the tail, survived the crash.", "",
			[]string{"count 2 survivors"}},
		{"a people noun makes a count", "Police detained eight foreign engineers at the plant.", "",
			[]string{"count 8 detained"}},
		{"an elided noun borrows the earlier count's metric", "The diaspora numbers about half a million people, though some estimates reach two million.", "",
			[]string{"count 500000 diaspora q=about", "count 2e+06 diaspora"}},
		{"a unit makes a count of things", "The corridor handles nearly 1.5 million tons of freight a year.", "",
			[]string{"count 1.5e+06 freight q=nearly"}},
		{"identifiers are not counts", "Flight 8243, an Embraer 190 jet, left at 10:30.", "",
			nil},
		{"durations and grammar are not counts", "Over three decades, the two countries kept one of the oldest pacts.", "",
			nil},
		{"an appeal and a pledge are aid", "The UN appealed for $71.4 million and donors pledged €7 billion.", "",
			[]string{"money 7.14e+07 aid", "money 7e+09 aid"}},
		{"money with its period", "Bilateral trade reached approximately $3.7 billion in 2024.", "",
			[]string{"money 3.7e+09 trade q=about period=2024"}},
		{"a relative period is resolved against the publication date", "Last year, trade between the two countries reached $5bn.", "2025-02-01",
			[]string{"money 5e+09 trade period=2024"}},
		{"a target is not a reported figure", "The two sides hope to reach $8bn in bilateral trade.", "",
			[]string{"money 8e+09 trade target"}},
		{"a goal after the figure is a target too", "Trade beat the $200 billion goal a year early.", "",
			[]string{"money 2e+11 trade target"}},
		{"a superseded figure is marked", "Officials had previously reported 1,644 deaths in the region.", "",
			[]string{"count 1644 deaths superseded"}},
		{"a percentage level is a share, not a change", "Russia's share of the country's trade decreased to 6 percent in 2025.", "",
			[]string{"percent 6 share period=2025"}},
		{"a percentage change names what changed", "Exports jumped 46.9% to $110.97 billion.", "",
			[]string{"percent 46.9 change of exports", "money 1.1097e+11 exports"}},
		{"a compound's head says what it is", "Its trade surplus hit a record $992 billion.", "",
			[]string{"money 9.92e+11 surplus"}},
		{"a partial period is another period", "In the first 11 months of 2023, trade was worth $218.2 billion.", "",
			[]string{"money 2.182e+11 trade period=2023/first 11 months"}},
		{"the yen sign is the yuan in a story about China", "China's foreign trade grew to ¥43.85 trillion, Chinese customs said.", "",
			[]string{"money 4.385e+13 trade"}},
		{"an event date is a claim", "The jet crashed on 29 December 2024 near the airport.", "",
			[]string{"date 2024-12-29 date"}},
		{"the day something was said is no event's date", "The crash killed 179 people, officials said on Monday.", "2024-12-31",
			[]string{"count 179 deaths"}},
		{"a date right after a figure is that figure's date", "Shares fell 15.7 percent on Monday.", "2024-12-31",
			[]string{"percent 15.7 change", "date 2024-12-30 date of change"}},
		{"a yardstick is not a date claim", "It was the slowest growth since 2020.", "",
			nil},
		{"a date compared with is no period and no claim", "Trade came to $783 billion in 2023, down 7.1 percent from 2022.", "",
			[]string{"money 7.83e+11 trade period=2023", "percent 7.1 change of trade period=2023"}},
		{"toll tops a figure: a lower bound", "The toll tops 20,000 as hopes fade.", "",
			[]string{"count 20000 deaths q=more than"}},
		{"today in a quotation is the speaker's day", "“We can say today that the plane was shot down,” he said.", "2025-07-15",
			nil},
		{"a vague relative date is no date", "A few years ago the region was calm.", "2025-07-15",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extractText(t, tc.text, tc.published) {
				got = append(got, brief(c))
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestExtractPlaces(t *testing.T) {
	text := "Title line\n\nThe crash killed 38 people.\r\nAnother\u00a0paragraph gives 2 000 peacekeepers deployed.\n"
	doc, err := sources.Parse("place.txt", []byte(text), sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cl := claims.Extract(doc, claims.ExtractOptions{})
	if len(cl) != 2 {
		t.Fatalf("got %d claims, want 2: %v", len(cl), cl)
	}
	for _, c := range cl {
		if text[c.Start:c.End] != c.Text {
			t.Errorf("got text[%d:%d] %q, want %q", c.Start, c.End, text[c.Start:c.End], c.Text)
		}
		if c.Source != "place" || c.Path != "place.txt" {
			t.Errorf("got source %q path %q, want place, place.txt", c.Source, c.Path)
		}
	}
	if got, want := cl[0].Position(), "place.txt:3:18"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got, want := cl[1].Line, 4; got != want {
		t.Errorf("got line %d, want %d", got, want)
	}
	if cl[0].Sentence != "The crash killed 38 people." {
		t.Errorf("got sentence %q", cl[0].Sentence)
	}
}

func TestExtractAttribution(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The crash killed 38 people, according to Kazakh officials.", "Kazakh officials"},
		{"The fire agency said 179 people were killed.", "The fire agency"},
	} {
		cl := extractText(t, tc.text, "")
		if len(cl) == 0 {
			t.Fatalf("%q: no claim", tc.text)
		}
		if cl[0].Attribution != tc.want {
			t.Errorf("%q: got attribution %q, want %q", tc.text, cl[0].Attribution, tc.want)
		}
	}
}

// FuzzExtract checks the extractor's promises on any text: no panic,
// offsets inside the text, text[Start:End] equal to the claim's text, lines
// and columns from 1.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"The incident killed 38 people and wounded 29.",
		"---\ntitle: x\npublished: 2025-01-02\n---\nLast year trade reached $5bn, a 2.5% rise.\n",
		"Thirty-eight of the 67 people on board were killed.\r\nOn 25 December 2024 a jet crashed.",
		"“Today,” he said, “2 000 troops left.”", "Flight 8243 · 5 min read\n\nRead More", "\ufeffA ¥43.85 trillion surplus",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := sources.Parse("fuzz.txt", []byte(text), sources.Options{})
		if err != nil {
			return // bad input is the loader's to refuse
		}
		for _, c := range claims.Extract(doc, claims.ExtractOptions{}) {
			if c.Start < 0 || c.End <= c.Start || c.End > len(doc.Text) {
				t.Fatalf("claim %q at [%d,%d) in %d bytes", c.Text, c.Start, c.End, len(doc.Text))
			}
			if doc.Text[c.Start:c.End] != c.Text {
				t.Fatalf("got text[%d:%d] %q, want %q", c.Start, c.End, doc.Text[c.Start:c.End], c.Text)
			}
			if c.Line < 1 || c.Col < 1 {
				t.Fatalf("claim %q at line %d col %d", c.Text, c.Line, c.Col)
			}
		}
	})
}

// ExtractAll gives each document's claims as Extract alone does, in the
// order of the documents, however many run at once and whatever ran before.
func TestExtractAllMatchesExtract(t *testing.T) {
	docs, _ := parseArticles(t, corpus.GenerateNews(24, 5))
	var want []claims.Claim
	for i := len(docs) - 1; i >= 0; i-- { // a different order first
		claims.Extract(docs[i], claims.ExtractOptions{})
	}
	for _, d := range docs {
		want = append(want, claims.Extract(d, claims.ExtractOptions{})...)
	}
	for range 3 {
		if got := claims.ExtractAll(docs, claims.ExtractOptions{}); !reflect.DeepEqual(got, want) {
			t.Fatalf("ExtractAll differs from Extract one by one (%d vs %d claims)", len(got), len(want))
		}
	}
	if got := claims.ExtractAll(nil, claims.ExtractOptions{}); len(got) != 0 {
		t.Errorf("no documents: got %d claims", len(got))
	}
}
