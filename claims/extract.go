package claims

import "github.com/claimdiff/claimdiff/sources"

// ExtractOptions changes how claims are extracted.
type ExtractOptions struct{}

// Extract returns the claims of one document, in text order.
// (Placeholder: every mention becomes a claim; the real extractor replaces it.)
func Extract(doc *sources.Document, opt ExtractOptions) []Claim {
	var out []Claim
	for _, b := range doc.Blocks {
		if !b.Kind.Mined() {
			continue
		}
		for _, m := range FindMentions(doc.Text[b.Start:b.End], RecognizeOptions{Reference: doc.Published}) {
			k := m.Kind
			if k == KindNumber {
				k = KindCount
			}
			pos := doc.Position(b.Start + m.Start)
			out = append(out, Claim{Source: doc.ID, Path: doc.Path, Kind: k, Value: m.Value,
				Text: m.Text, Start: b.Start + m.Start, End: b.Start + m.End, Line: pos.Line, Col: pos.Col})
		}
	}
	return out
}
