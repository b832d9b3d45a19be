package render

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// benchFindings makes n findings of three sides over many sources, the size
// of a compare over thousands of articles.
func benchFindings(n int) FindingSet {
	var set FindingSet
	for i := 0; i < n; i++ {
		f := compare.Finding{Fingerprint: fmt.Sprintf("%08x", i), Kind: mention.KindCount, Metric: "deaths",
			Subject: fmt.Sprintf("storm number %d", i), Status: compare.Status([]compare.Status{compare.Conflict, compare.Agree, compare.Single}[i%3]),
			Severity: float64(i%7) / 7}
		for s := 0; s < 3; s++ {
			src := fmt.Sprintf("source-%05d", (i*3+s)%10000)
			c := claims.Claim{Source: src, Path: src + ".txt", Kind: mention.KindCount, Metric: "deaths", Subject: f.Subject,
				Value: mention.NewNumber(float64(10+s), "", mention.Exact, 0), Text: "killing 12 people", Line: 3 + s, Col: 7,
				Sentence: fmt.Sprintf("The storm swept the coast, killing %d people, officials said.", 10+s)}
			f.Sides = append(f.Sides, compare.Side{Value: c.Value, Sources: []string{src}, Claims: []claims.Claim{c}})
			f.Sources = append(f.Sources, src)
		}
		set.Findings = append(set.Findings, f)
	}
	return set
}

func BenchmarkFindings(b *testing.B) {
	set := benchFindings(10000)
	for _, opt := range []Options{
		{Format: JSON},
		{Format: Table},
		{Format: Table, TTY: true, Width: 120},
		{Format: Table, Explain: true},
		{Format: Markdown},
	} {
		name := string(opt.Format)
		if opt.TTY {
			name += "-tty"
		}
		if opt.Explain {
			name += "-explain"
		}
		b.Run(name, func(b *testing.B) {
			var buf bytes.Buffer
			if err := Findings(&buf, set, opt); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(buf.Len()))
			b.ResetTimer()
			for b.Loop() {
				if err := Findings(io.Discard, set, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
