package render

import (
	"encoding/json"
	"io"
	"math"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/output"
)

// claimJSON is one claim as machines read it: the fields of eval/FORMAT.md
// first, then the rest. Empty strings and false flags are left out; lists
// are never null.
type claimJSON struct {
	exprJSON
	Metric      string `json:"metric,omitempty"`
	Subject     string `json:"subject,omitempty"`
	Scope       string `json:"scope,omitempty"`        // who or what within the event the figure counts
	Event       string `json:"event,omitempty"`        // a background event it is bound to by name
	EventPhrase string `json:"event_phrase,omitempty"` // how its sentence names its event
	Attribution string `json:"attribution,omitempty"`
	Period      string `json:"period,omitempty"`
	Target      bool   `json:"target,omitempty"`
	Superseded  bool   `json:"superseded,omitempty"`
	Earlier     string `json:"earlier,omitempty"` // of an earlier revision of its source: when that revision was stored
	Heading     string `json:"heading,omitempty"`
	Sentence    string `json:"sentence,omitempty"`
}

// exprJSON is what a claim and a mention print alike: where the expression
// stands and its value, the fields of eval/FORMAT.md first.
type exprJSON struct {
	Source    string   `json:"source"`
	Kind      string   `json:"kind"`
	Value     any      `json:"value"`
	Currency  string   `json:"currency,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Text      string   `json:"text"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Line      int      `json:"line"`
	Col       int      `json:"col"`
	Display   string   `json:"display"`
	Qualifier string   `json:"qualifier,omitempty"`
	Low       *float64 `json:"low,omitempty"`
	High      *float64 `json:"high,omitempty"`
	Grain     string   `json:"grain,omitempty"`
}

func newExprJSON(source string, kind mention.Kind, v mention.Value, text string, start, end, line, col int) exprJSON {
	j := newValueJSON(kind, v)
	return exprJSON{
		Source: source, Kind: string(kind), Value: j.value, Currency: j.currency, Unit: j.unit,
		Text: text, Start: start, End: end, Line: line, Col: col,
		Display: v.String(), Qualifier: j.qualifier, Low: j.low, High: j.high, Grain: j.grain,
	}
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

func newValueJSON(kind mention.Kind, v mention.Value) valueJSON {
	out := valueJSON{value: v.JSONValue(), qualifier: string(v.Qualifier)}
	if f, ok := out.value.(float64); ok {
		out.value = finite(f)
	}
	switch {
	case v.Date != nil:
		out.grain = string(v.Date.Grain())
		return out
	case kind == mention.KindMoney:
		out.currency = v.Unit
	case kind == mention.KindPercent && v.Unit == "%":
		// the kind says it
	default:
		out.unit = v.Unit
	}
	if v.Low != v.High || v.Qualifier != mention.Exact {
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
	return claimJSON{
		exprJSON:    newExprJSON(c.Source, c.Kind, c.Value, c.Text, c.Start, c.End, c.Line, c.Col),
		Metric:      c.Metric,
		Subject:     c.Subject,
		Scope:       c.Scope.Label(),
		Event:       c.Event,
		EventPhrase: c.EventPhrase,
		Attribution: c.Attribution,
		Period:      c.Period,
		Target:      c.Target,
		Superseded:  c.Superseded,
		Earlier:     c.Earlier,
		Heading:     output.Clip(c.Heading, output.MaxQuote),
		Sentence:    excerpt(c),
	}
}

// excerpt is the claim's sentence for JSON: whole when it is of a
// sentence's length, else cut around the claim (output.Excerpt).
func excerpt(c claims.Claim) string {
	if c.Sentence == "" {
		return ""
	}
	return output.Excerpt(c.Sentence, c.Text, output.MaxQuote)
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

// same is the identity: a list's items printed as they are.
func same[T any](x T) T { return x }

// orEmpty keeps a nil list from printing as null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
