// Package claims knows what a factual claim is, how its value is normalised and
// how claims from several sources are compared.
//
// Every value, whatever its kind, is an interval with a unit and a precision:
// "at least 38" is [38, +Inf), "about $3.7 billion" is 3.7e9 USD with an
// approximate qualifier, "June 2025" is the days from 1 to 30 June 2025. One
// overlap rule (Compatible) then decides whether two claims can both be true.
//
// Basic use:
//
//	doc, _ := sources.Parse("a.txt", data, sources.Options{})
//	cl := claims.Extract(doc, claims.ExtractOptions{})
//	findings := claims.Compare(cl, claims.CompareOptions{})
package claims
