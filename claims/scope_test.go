package claims_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/sources"
)

// TestScopeOfListedAmounts pins how an amount in a list of pledges or a
// fact box finds whose it is: the label before a colon, a name that stands
// in for a left-out verb, and a headline whose label is the event's place.
func TestScopeOfListedAmounts(t *testing.T) {
	for _, tc := range []struct {
		name, text, figure, want string
	}{
		{"label of a list line", "Pledges\n\n- Norway: EUR 120 million\n", "EUR 120 million", "with Norway"},
		{"label with a qualifier", "- Japan: about USD 75 million\n", "about USD 75 million", "with Japan"},
		{"gapped verb in a list of donors", "Canada offered 40 million dollars, Spain 25 million euros and Italy 30 million euros.", "25 million euros", "with Spain"},
		{"last of the gapped list", "Canada offered 40 million dollars, Spain 25 million euros and Italy 30 million euros.", "30 million euros", "with Italy"},
		{"a headline's label is the event's place, not a part", "Chile: Flood Toll Climbs to 41 After a Week of Rain\n", "41", ""},
		{"a capital where donors meet is no party", "Donors meeting in Paris on Monday promised 3 billion dollars for the relief effort.", "3 billion dollars", ""},
		{"a capital that acts is its country", "Paris pledged 3 billion dollars for the relief effort.", "3 billion dollars", "with France"},
		{"a party that won seats holds them", "On Sunday, the Green Party won 12 seats.", "12", "Green Party"},
		{"a possessive share is its holder's", "Solidarity's share of the vote was 21.5 percent, its best result.", "21.5 percent", "Solidarity"},
		{"a second clause's subject holds its figure", "The Liberals took 30 seats, while the Farmers' League won nine seats.", "nine", "Farmers League"},
		{"who reports a toll does not hold it", "The Interior Ministry reported 40 deaths on Monday.", "40", ""},
		{"an event that claimed lives holds none", "The Camp Fire claimed 85 lives in 2018.", "85", ""},
		{"a share names its whole", "Crews had searched about 4 percent of the burned area by Monday.", "about 4 percent", "of burned area"},
		{"a share of them names nothing", "Officials counted 900 homes lost, 70 percent of them houses.", "70 percent", ""},
		{"the event's own name is no place", "At least 40 people died in the Cedar Ridge fire, officials said.", "At least 40", ""},
		{"a place after the figure is its part", "At least 12 people died in Cedar Ridge, officials said.", "At least 12", "in Cedar Ridge"},
		{"a colon inside a sentence is no label", "The minister said one thing: 41 people died.", "41", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := sources.Parse("scope.txt", []byte(tc.text), sources.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, c := range claims.Extract(doc, claims.ExtractOptions{}) {
				texts = append(texts, c.Text)
				if c.Text == tc.figure {
					if got := c.Scope.Label(); got != tc.want {
						t.Errorf("got scope %q, want %q", got, tc.want)
					}
					return
				}
			}
			t.Errorf("no claim %q; got %q", tc.figure, texts)
		})
	}
}

// TestScopeOfTradeFlows pins whose flow a trade figure is: the object of
// a trade verb, never the source of the data; a country's trade with the
// world apart from its trade with one partner; a pronoun that carries the
// scope of the figure before it, in the currency its own clause names.
func TestScopeOfTradeFlows(t *testing.T) {
	para := "Brazil's foreign trade reached 2.1 trillion reais last year, up 3 percent in real terms. " +
		"Measured in dollars it grew 4 percent, to $420 billion, and the trade surplus widened to $98 billion."
	for _, tc := range []struct {
		name, text, figure, metric, scope string
	}{
		{"the object of a trade verb is the partner",
			"Chile sold Japan $4.2 billion of copper last year, according to figures from Santiago.", "$4.2 billion", "", "with Japan"},
		{"trade with the world is not trade with the partner", para, "2.1 trillion reais", "trade", "with all partners"},
		{"a change hung on the level keeps its currency", para, "3 percent", "change of trade", "with all partners (real terms)"},
		{"a pronoun carries the scope, its clause the currency", para, "4 percent", "change of trade", "with all partners (dollar terms)"},
		{"a level reached by a change is that change's", para, "$420 billion", "trade", "with all partners"},
		{"a cue in a clause of its own names its own figure", para, "$98 billion", "surplus", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := sources.Parse("trade.txt", []byte(tc.text), sources.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, c := range claims.Extract(doc, claims.ExtractOptions{}) {
				texts = append(texts, c.Text)
				if c.Text != tc.figure {
					continue
				}
				if got := c.Scope.Label(); got != tc.scope {
					t.Errorf("got scope %q, want %q", got, tc.scope)
				}
				if tc.metric != "" && c.Metric != tc.metric {
					t.Errorf("got metric %q, want %q", c.Metric, tc.metric)
				}
				return
			}
			t.Errorf("no claim %q; got %q", tc.figure, texts)
		})
	}
}

// TestLabelDatesItsLine: a date in a list line's label dates the line's
// figures, so a list of past disasters is not read as the story's.
func TestLabelDatesItsLine(t *testing.T) {
	text := "Earlier disasters\n\n- Norden, 4 May 1987: two ferries collided in fog, killing about 140.\n"
	doc, err := sources.Parse("list.txt", []byte(text), sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range claims.Extract(doc, claims.ExtractOptions{}) {
		if c.Text == "about 140" {
			if c.EventYear != 1987 {
				t.Errorf("got event year %d, want 1987", c.EventYear)
			}
			return
		}
	}
	t.Error("no claim \"about 140\"")
}

// TestPerCentIsNoPart: "per cent" is a percentage's own unit, not "per
// family" (a part of a sum).
func TestPerCentIsNoPart(t *testing.T) {
	doc, err := sources.Parse("pc.txt", []byte("The plan was only 6 per cent funded by Monday.\n"), sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cl := claims.Extract(doc, claims.ExtractOptions{})
	if len(cl) == 0 {
		t.Fatal("no claim")
	}
	if got := cl[0].Scope.Label(); got != "" {
		t.Errorf("got scope %q for %q, want none", got, cl[0].Text)
	}
}

// TestPartOfThem: "2,530 of them" opening its clause is a part of the
// sentence's last count; "relatives of 12 of them" counts no part.
func TestPartOfThem(t *testing.T) {
	for _, tc := range []struct {
		name, text, figure, metric, scope string
	}{
		{"a part after a comma", "The flood killed 310 people, 190 of them were buried on Sunday.", "190", "deaths", "part"},
		{"a part after a dash", "At least 800 people were injured \u2013 95 of them seriously, officials said.", "95", "injured", "part"},
		{"a figure inside a phrase is no part", "Another 19 people were missing, and samples were taken from relatives of 12 of them.", "12", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := sources.Parse("part.txt", []byte(tc.text), sources.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range claims.Extract(doc, claims.ExtractOptions{}) {
				if c.Text != tc.figure {
					continue
				}
				if tc.metric == "" {
					t.Fatalf("got a claim %q (%s), want none", c.Text, c.Metric)
				}
				if c.Metric != tc.metric || c.Scope.Label() != tc.scope {
					t.Errorf("got %s scope %q, want %s scope %q", c.Metric, c.Scope.Label(), tc.metric, tc.scope)
				}
				return
			}
			if tc.metric != "" {
				t.Errorf("no claim %q", tc.figure)
			}
		})
	}
}
