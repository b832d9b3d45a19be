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
