// Package mention finds the numbers, amounts of money, percentages and
// dates in a text and normalises their values: the recognisers of
// claimdiff, and the value model every later step compares with.
//
// Every value, whatever its kind, is an interval with a unit and a
// precision: "at least 38" is [38, +Inf), "about $3.7 billion" is 3.7e9 USD
// with an approximate qualifier, "June 2025" is the days from 1 to 30 June
// 2025. One overlap rule (Compatible) then decides whether two values can
// both be true.
//
// A mention is an expression, claim or not; which mentions are claims, and
// what they measure, is for package claims to say. Package mention imports
// no other package of claimdiff but internal/wordlist, which reads its word
// lists (words/: the months and weekdays, the nouns that make a number a
// count rather than a year).
//
// Basic use:
//
//	ms := mention.FindMentions(text, mention.RecognizeOptions{Reference: published})
//	ms = mention.Qualify(text, ms) // "at least 38" instead of "38"
//	for _, m := range ms {
//		fmt.Println(m.Kind, m.Text, m.Value)
//	}
package mention
