package render

import (
	"encoding/json"
	"io"
	"math"

	"github.com/claimdiff/claimdiff/claims"
)

// claimJSON is one claim as machines read it: the fields of eval/FORMAT.md
// first, then the rest. Empty strings and false flags are left out; lists
// are never null.
type claimJSON struct {
	Source      string   `json:"source"`
	Kind        string   `json:"kind"`
	Value       any      `json:"value"`
	Currency    string   `json:"currency,omitempty"`
	Unit        string   `json:"unit,omitempty"`
	Text        string   `json:"text"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Line        int      `json:"line"`
	Col         int      `json:"col"`
	Display     string   `json:"display"`
	Qualifier   string   `json:"qualifier,omitempty"`
	Low         *float64 `json:"low,omitempty"`
	High        *float64 `json:"high,omitempty"`
	Grain       string   `json:"grain,omitempty"`
	Metric      string   `json:"metric,omitempty"`
	Subject     string   `json:"subject,omitempty"`
	Attribution string   `json:"attribution,omitempty"`
	Period      string   `json:"period,omitempty"`
	Target      bool     `json:"target,omitempty"`
	Superseded  bool     `json:"superseded,omitempty"`
	Heading     string   `json:"heading,omitempty"`
	Sentence    string   `json:"sentence,omitempty"`
}

// valueJSON is the part of a value every JSON object shares.
type valueJSON struct {
	value     any
	currency  string
	unit      string
	qualifier string
	low, high *float64
	grain     string
}

func newValueJSON(kind claims.Kind, v claims.Value) valueJSON {
	out := valueJSON{value: v.JSONValue(), qualifier: string(v.Qualifier)}
	if f, ok := out.value.(float64); ok {
		out.value = finite(f)
	}
	switch {
	case v.Date != nil:
		out.grain = string(v.Date.Grain())
		return out
	case kind == claims.KindMoney:
		out.currency = v.Unit
	case kind == claims.KindPercent && v.Unit == "%":
		// the kind says it
	default:
		out.unit = v.Unit
	}
	if v.Low != v.High || v.Qualifier != claims.Exact {
		out.low, out.high = bound(v.Low), bound(v.High)
	}
	return out
}

// bound is a finite interval end, or nil for an open one (JSON has no Inf).
func bound(f float64) *float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	return &f
}

func finite(f float64) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return 0
	}
	return f
}

func newClaimJSON(c claims.Claim) claimJSON {
	v := newValueJSON(c.Kind, c.Value)
	return claimJSON{
		Source:      c.Source,
		Kind:        string(c.Kind),
		Value:       v.value,
		Currency:    v.currency,
		Unit:        v.unit,
		Text:        c.Text,
		Start:       c.Start,
		End:         c.End,
		Line:        c.Line,
		Col:         c.Col,
		Display:     c.Value.String(),
		Qualifier:   v.qualifier,
		Low:         v.low,
		High:        v.high,
		Grain:       v.grain,
		Metric:      c.Metric,
		Subject:     c.Subject,
		Attribution: c.Attribution,
		Period:      c.Period,
		Target:      c.Target,
		Superseded:  c.Superseded,
		Heading:     c.Heading,
		Sentence:    c.Sentence,
	}
}

// writeJSON prints v indented, with a final newline, leaving <, > and & as
// they are (quotes are text, not HTML).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeJSONLine prints v on one line.
func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// orEmpty keeps a nil list from printing as null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
