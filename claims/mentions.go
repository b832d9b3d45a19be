package claims

import (
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/sources"
)

// Mentions returns every number, amount, percentage and date expression
// that Extract reads in the mined blocks of doc, widened over its qualifier
// ("at least 38"), in text order, with offsets into doc.Text: what
// `extract --mentions` lists, claim or not.
func Mentions(doc *sources.Document) []mention.Mention {
	var out []mention.Mention
	for _, b := range doc.Blocks {
		if !b.Kind.Mined() {
			continue
		}
		text := doc.Text[b.Start:b.End]
		ms := mention.Qualify(text, mention.FindMentions(text, mention.RecognizeOptions{Reference: doc.Published}))
		for _, m := range ms {
			m.Start += b.Start
			m.End += b.Start
			out = append(out, m)
		}
	}
	return out
}
