package story_test

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/story"
)

// Two stories written for this test: Storm Lenz, and two years later
// Storm Mira, whose report recalls Storm Lenz in a background sentence.
var (
	lenzA = article{"lenz-a", "2029-10-04", `Storm Lenz kills 45 in Doravia

Storm Lenz killed 45 people along the Varna coast on 3 October 2029, officials in Doravia said.
Storm Lenz flattened homes in Kelso and Brisk, and Governor Ana Ruell asked for help.`}
	lenzB = article{"lenz-b", "2029-10-05", `Storm Lenz toll stands at 45

The toll from Storm Lenz stood at 45 on Friday, the Doravia interior ministry said.
Storm Lenz struck Kelso and Brisk on 3 October 2029. Ana Ruell toured the Varna coast.`}
	mira = article{"mira", "2031-09-12", `Storm Mira kills 20 in Kelso

Storm Mira killed 20 people in Kelso on 11 September 2031, officials in Doravia said.
It was the deadliest storm since Storm Lenz, which killed 52 people in 2029.
Governor Tomas Hale of Kelso said Storm Mira had destroyed the harbour.`}
)

// TestBackground: a source of one story gives another story the claims it
// binds to that story's event by name, and they are compared there.
func TestBackground(t *testing.T) {
	var ps []story.Profile
	var cl []claims.Claim
	for _, a := range []article{lenzA, lenzB, mira} {
		d := profileDoc(t, a)
		c := claims.Extract(d, claims.ExtractOptions{})
		ps = append(ps, story.NewProfile(d, c))
		cl = append(cl, c...)
	}
	ss := story.Group(ps)
	if got := grouping(ss); got != "lenz-a lenz-b | mira" {
		t.Fatalf("got stories %q, want %q", got, "lenz-a lenz-b | mira")
	}
	ids, parts := story.Assign(ss).Split(cl)
	if len(ids) != 2 {
		t.Fatalf("got %d parts, want 2", len(ids))
	}
	var lenz []claims.Claim
	for _, id := range ids {
		if id == ss[0].ID {
			lenz = parts[id]
		}
	}
	var fromMira []string
	for _, c := range lenz {
		if c.Source == "mira" {
			fromMira = append(fromMira, c.Text)
		}
	}
	if strings.Join(fromMira, " ") != "52" {
		t.Fatalf("Storm Lenz's story got %q from mira, want the 52 it recalls", fromMira)
	}
	var conflict bool
	for _, f := range compare.Compare(lenz, compare.Options{}) {
		if f.Status == compare.Conflict && f.Metric == "deaths" {
			conflict = true
		}
	}
	if !conflict {
		t.Errorf("Storm Lenz's story: no conflict on deaths between 45 and mira's 52")
	}
}
