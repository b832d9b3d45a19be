package mention_test

import (
	"fmt"
	"time"

	"github.com/claimdiff/claimdiff/claims/mention"
)

func ExampleFindMentions() {
	text := "At least 38 people died when the plane crashed on Wednesday, officials said; about $3.7 billion in aid followed."
	published := time.Date(2024, 12, 27, 0, 0, 0, 0, time.UTC)
	ms := mention.FindMentions(text, mention.RecognizeOptions{Reference: published})
	ms = mention.Qualify(text, ms)
	for _, m := range ms {
		fmt.Printf("%s %q %v\n", m.Kind, m.Text, m.Value)
	}
	// Output:
	// number "At least 38" at least 38
	// date "Wednesday" 25 December 2024
	// money "about $3.7 billion" about USD 3.7 billion
}

func ExampleCompatible() {
	a := mention.NewNumber(38, "", mention.AtLeast, 0)
	b := mention.NewNumber(42, "", mention.Exact, 0)
	c := mention.NewNumber(35, "", mention.Exact, 0)
	fmt.Println(mention.Compatible(a, b, mention.Tolerance{}), mention.Compatible(a, c, mention.Tolerance{}))
	// Output: true false
}
