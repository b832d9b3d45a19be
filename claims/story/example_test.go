package story_test

import (
	"fmt"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/sources"
)

func Example() {
	texts := map[string]string{
		"harbour": "A ferry, the Marlow Star, sank off Cape Ardent on 1 March 2031, killing 38 people, the Tessaly coastguard said. The Marlow Star carried 110 passengers.",
		"coast":   "The Marlow Star ferry went down off Cape Ardent on 1 March 2031; the Tessaly coastguard counted 38 dead among its 110 passengers.",
		"mine":    "A fire in the Dorn shaft of the Velka mine trapped 17 miners on 2 March 2031, the Orsk mining ministry said. Pavel Setz said 12 Velka miners were safe.",
	}
	var ps []story.Profile
	for _, id := range []string{"harbour", "coast", "mine"} {
		d, _ := sources.Parse(id+".txt", []byte(texts[id]), sources.Options{Published: time.Date(2031, 3, 3, 0, 0, 0, 0, time.UTC)})
		d.ID = id
		ps = append(ps, story.NewProfile(d, claims.Extract(d, claims.ExtractOptions{})))
	}
	// stories come by date, then id
	for _, s := range story.Group(ps) {
		fmt.Println(s.Sources)
	}
	// Output:
	// [mine]
	// [coast harbour]
}
