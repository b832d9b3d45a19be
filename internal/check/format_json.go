package check

import (
	"encoding/json"
	"io"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/output"
)

type jsonReport struct {
	FailOn   string        `json:"fail_on"`
	Failed   bool          `json:"failed"`
	Summary  string        `json:"summary"`
	Findings []jsonFinding `json:"findings"`
	Baseline string        `json:"baseline,omitempty"`
	Stale    []jsonStale   `json:"stale"`
}

type jsonFinding struct {
	Fingerprint string      `json:"fingerprint"`
	Rule        string      `json:"rule"`
	Status      string      `json:"status"`
	Kind        string      `json:"kind"`
	Metric      string      `json:"metric"`
	Subject     string      `json:"subject"`
	Accepted    bool        `json:"accepted"`
	Path        string      `json:"path"`
	Line        int         `json:"line"`
	Col         int         `json:"col"`
	Message     string      `json:"message"`
	Values      []jsonValue `json:"values"`
}

type jsonValue struct {
	Value   any         `json:"value"`
	Display string      `json:"display"` // the value for people, as compare --format json names it`
	Sources []string    `json:"sources"`
	Claims  []jsonClaim `json:"claims"`
}

type jsonClaim struct {
	Source   string `json:"source"`
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Text     string `json:"text"`
	Sentence string `json:"sentence,omitempty"`
}

type jsonStale struct {
	Fingerprint string `json:"fingerprint"`
	Line        int    `json:"line,omitempty"`
	Message     string `json:"message"`
}

// writeJSON writes every new item, accepted ones marked, and the stale
// entries. Lists are never null; the order is the result's, so the output
// is byte-stable.
func writeJSON(w io.Writer, r *Result) error {
	rep := jsonReport{FailOn: r.FailOn.String(), Failed: r.Failed(), Summary: r.Summary(),
		Findings: []jsonFinding{}, Baseline: r.BaselinePath, Stale: []jsonStale{}}
	for _, it := range r.Items {
		f := it.Finding
		jf := jsonFinding{Fingerprint: it.Fingerprint, Rule: it.Rule, Status: string(f.Status), Kind: string(f.Kind),
			Metric: f.Metric, Subject: f.Subject, Accepted: it.Accepted, Path: it.At.Path, Line: it.At.Line,
			Col: it.At.Col, Message: it.Message, Values: []jsonValue{}}
		for _, s := range f.Sides {
			v := jsonValue{Value: s.Value.JSONValue(), Display: s.Value.String(), Sources: append([]string{}, s.Sources...), Claims: []jsonClaim{}}
			for _, c := range s.Claims {
				v.Claims = append(v.Claims, jsonClaim{Source: c.Source, Path: c.Path, Line: c.Line, Col: c.Col, Text: c.Text, Sentence: excerpt(c)})
			}
			jf.Values = append(jf.Values, v)
		}
		rep.Findings = append(rep.Findings, jf)
	}
	for _, e := range r.Stale {
		rep.Stale = append(rep.Stale, jsonStale{Fingerprint: e.Fingerprint, Line: e.Line, Message: staleMessage(e)})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

// excerpt is a claim's sentence, cut around it when it is long.
func excerpt(c claims.Claim) string {
	if c.Sentence == "" {
		return ""
	}
	return output.Excerpt(c.Sentence, c.Text, output.MaxQuote)
}
