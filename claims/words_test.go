package claims

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/sources"
)

// useLexicon makes l the lexicon the readers use until the test ends. The
// vocabularies kept between extractions remember words by the lexicon they
// were read with, so they are dropped before and after.
func useLexicon(t *testing.T, l *lexicon) {
	t.Helper()
	dropVocabs := func() {
		for len(vocabs) > 0 {
			<-vocabs
		}
	}
	old := lex
	lex = func() *lexicon { return l }
	dropVocabs()
	t.Cleanup(func() {
		lex = old
		dropVocabs()
	})
}

// claimsOf reads text, published on 14 March 2025, and sums up each claim:
// its kind, value, metric and the parts of its frame the words decide.
func claimsOf(t *testing.T, text string, mentions bool) string {
	t.Helper()
	doc, err := sources.Parse("case.txt", []byte(text+"\n"), sources.Options{Published: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range Extract(doc, ExtractOptions{Mentions: mentions}) {
		s := fmt.Sprintf("%s %v %s", c.Kind, c.Value.JSONValue(), c.Metric)
		for _, f := range []struct{ name, v string }{{"scope", c.Scope.Name}, {"by", c.Attribution}, {"period", c.Period},
			{"event", c.EventDate}, {"concept", c.Concept}, {"happening", c.Happening}, {"bound", c.Event}} {
			if f.v != "" {
				s += " " + f.name + "=" + f.v
			}
		}
		if c.Target {
			s += " target"
		}
		if c.Superseded {
			s += " superseded"
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

// Each word list of words/, given one more entry, changes what is read
// from a sentence that has the new word.
func TestWordFiles(t *testing.T) {
	tests := []struct {
		file, entry, text string
		mentions          bool // extract every expression (ExtractOptions.Mentions)
		before, after     string
	}{
		{"words/metric-cues.txt", "deaths: slain", "Officials said 14 villagers were slain in the raid.", false,
			"count 14 people by=Officials", "count 14 deaths by=Officials"},
		{"words/event-concepts.txt", "quake: shaking", "The shaking on 3 March killed 12 people.", false,
			"date 2025-03-03 date happening=shaking; count 12 deaths event=2025-03-03",
			"date 2025-03-03 date concept=quake happening=shaking; count 12 deaths event=2025-03-03"},
		{"words/people-nouns.txt", "lifeguards", "The council hired 12 lifeguards.", false,
			"", "count 12 people"},
		{"words/damage-verbs.txt", "toppled", "The storm toppled 40 houses.", false,
			"", "count 40 houses toppled"},
		{"words/unit-nouns.txt", "tents", "The flood displaced 578 tents and 900 people.", false,
			"count 578 displaced; count 900 people", "count 578 tents displaced; count 900 people"},
		{"words/thing-nouns.txt", "districts", "The party won 12 districts.", false,
			"", "count 12 districts"},
		{"words/invariant-nouns.txt", "moose", "Officials said 300 moose were evacuated.", false,
			"count 300 evacuated by=Officials", ""},
		{"words/scale-words.txt", "force", "A force 9 storm killed people.", false,
			"count 9 deaths", ""},
		{"words/target-cues.txt", "intends", "The ministry intends to rehouse 20,000 people.", false,
			"count 20000 people", "count 20000 people target"},
		{"words/target-nouns.txt", "benchmark", "Exports reached the $200 billion benchmark.", false,
			"money 2e+11 exports", "money 2e+11 exports target"},
		{"words/reporting-verbs.txt", "indicated", "Exports reached $200 billion, customs data indicated on Friday.", false,
			"money 2e+11 exports; date 2025-03-14 date scope=indicated happening=indicated", "money 2e+11 exports"},
		{"words/future-cues.txt", "slated", "The runoff is slated for the coming Sunday.", true,
			"", "date 2025-03-16 date scope=slated happening=slated target"},
		{"words/superseded-cues.txt", "formerly", "The ministry formerly reported 80 deaths; the toll is now 95.", false,
			"count 80 deaths by=The ministry formerly; count 95 deaths by=The ministry formerly",
			"count 80 deaths by=The ministry formerly superseded; count 95 deaths by=The ministry formerly"},
		{"words/attribution-verbs.txt", "tweeted", "Twelve people died, the mayor tweeted.", false,
			"count 12 deaths", "count 12 deaths by=the mayor"},
		{"words/subgroup-nouns.txt", "pilgrims", "The crash killed 40 people, and 12 pilgrims were among the dead.", false,
			"count 40 deaths; count 12 deaths", "count 40 deaths; count 12 deaths scope=pilgrims"},
		{"words/change-nouns.txt", "slide", "Exports saw a $3 billion slide.", false,
			"money 3e+09 exports", "money 3e+09 change of exports"},
		{"words/irregular-past.txt", "spread", "The fire spread on 3 March, killing 12 people.", false,
			"date 2025-03-03 date concept=fire; count 12 deaths event=2025-03-03",
			"date 2025-03-03 date concept=fire happening=spread; count 12 deaths event=2025-03-03"},
		{"words/stamp-verbs.txt", "compiled", "Deaths reached 12, according to a toll compiled on 3 March.", false,
			"count 12 deaths by=a toll compiled on 3; date 2025-03-03 date by=a toll compiled on 3 happening=compiled",
			"count 12 deaths by=a toll compiled on 3"},
		{"words/trade-verbs.txt", "traded", "China traded Russia $129 billion of goods last year.", false,
			"money 1.29e+11 trade period=2024", "money 1.29e+11 trade scope=Russia period=2024"},
		{"words/not-verbs.txt", "gathering", "The gathering on 3 March drew 500 people.", false,
			"date 2025-03-03 date scope=gathering happening=gathering; count 500 people event=2025-03-03",
			"date 2025-03-03 date; count 500 people event=2025-03-03"},
		{"words/other-event-markers.txt", "outstripping", "The storm killed 40 people, outstripping Hurricane Maria, which killed 3,000 people.", false,
			"count 40 deaths; count 3000 deaths", "count 40 deaths; count 3000 deaths bound=Hurricane Maria"},
		{"words/hold-verbs.txt", "grabbed", "The Greens grabbed 14 seats.", false,
			"count 14 seats", "count 14 seats scope=Greens"},
		{"words/world-wide.txt", "international", "Chile's international trade reached $190 billion.", false,
			"money 1.9e+11 trade", "money 1.9e+11 trade scope=with all partners"},
		{"words/trade-nouns.txt", "shipments", "Exports reached $3 billion, as Chinese shipments fell.", false,
			"money 3e+09 exports", "money 3e+09 exports scope=China"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			more, err := loadLexicon(dataLists.Append(tt.file, tt.entry))
			if err != nil {
				t.Fatal(err)
			}
			if got := claimsOf(t, tt.text, tt.mentions); got != tt.before {
				t.Errorf("without %q: got %q, want %q", tt.entry, got, tt.before)
			}
			useLexicon(t, more)
			if got := claimsOf(t, tt.text, tt.mentions); got != tt.after {
				t.Errorf("with %q: got %q, want %q", tt.entry, got, tt.after)
			}
		})
	}
}

// A word added to words/place-type-words.txt is left out of a place's name
// when scopes are compared: "Liberec Kraj" is then one place with "Liberec".
func TestPlaceTypeWordsFile(t *testing.T) {
	key := func() string {
		doc, err := sources.Parse("case.txt", []byte("Floods killed 12 people in Liberec Kraj.\n"), sources.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cs := Extract(doc, ExtractOptions{})
		if len(cs) != 1 {
			t.Fatalf("got %d claims, want 1", len(cs))
		}
		return cs[0].Scope.Key()
	}
	if got, want := key(), "place:liberec kraj"; got != want {
		t.Errorf("without \"kraj\": got %q, want %q", got, want)
	}
	more, err := loadLexicon(dataLists.Append("words/place-type-words.txt", "kraj"))
	if err != nil {
		t.Fatal(err)
	}
	useLexicon(t, more)
	if got, want := key(), "place:liberec"; got != want {
		t.Errorf("with \"kraj\": got %q, want %q", got, want)
	}
}

// A word added to words/unnaming-words.txt no longer names the event a
// sentence is about: "China trade" becomes no phrase at all.
func TestUnnamingWordsFile(t *testing.T) {
	phrase := func() string {
		doc, err := sources.Parse("case.txt", []byte("China's trade with Russia reached $129 billion.\n"), sources.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cs := Extract(doc, ExtractOptions{})
		if len(cs) != 1 {
			t.Fatalf("got %d claims, want 1", len(cs))
		}
		return cs[0].EventPhrase
	}
	if got, want := phrase(), "China trade"; got != want {
		t.Errorf("without \"trade\": got %q, want %q", got, want)
	}
	more, err := loadLexicon(dataLists.Append("words/unnaming-words.txt", "trade"))
	if err != nil {
		t.Fatal(err)
	}
	useLexicon(t, more)
	if got := phrase(); got != "" {
		t.Errorf("with \"trade\": got %q, want none", got)
	}
}

func TestWordFilesErrors(t *testing.T) {
	tests := []struct {
		file, line, want string
	}{
		{"words/metric-cues.txt", "injured: killed", `"killed" is a word of measure deaths already`},
		{"words/event-concepts.txt", "ship: jet", `"jet" is a word of concept air already`},
		{"words/metric-cues.txt", "slain", `malformed entry "slain": want "key: value"`},
		{"words/people-nouns.txt", "pilgrims", `"pilgrims" is listed already on line`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, err := loadLexicon(dataLists.Append(tt.file, tt.line))
			if err == nil || !strings.HasPrefix(err.Error(), "claims/"+tt.file+":") || !strings.Contains(err.Error(), ": "+tt.want) {
				t.Errorf("got error %v, want claims/%s:N: %s", err, tt.file, tt.want)
			}
		})
	}
}
