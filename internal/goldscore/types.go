package goldscore

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Gold is a gold file: the claims a corpus holds, the disagreements a compare
// must flag and the agreements it must not split.
type Gold struct {
	Corpus        string         `json:"corpus"`        // name printed in the summary
	Sources       []string       `json:"sources"`       // source ids in scope
	Claims        []GoldClaim    `json:"claims"`        // every claim of the sources
	Disagreements []Disagreement `json:"disagreements"` // facts the sources disagree on
	Agreements    []Agreement    `json:"agreements"`    // claims that must stay on one side
	Notes         []string       `json:"notes,omitempty"`
}

// GoldClaim is one claim a source makes.
type GoldClaim struct {
	Source   string `json:"source"`             // source id: the file name without extension
	Kind     string `json:"kind"`               // count, quantity, money, percent or date
	Value    any    `json:"value"`              // a number, or a TIMEX string for dates
	About    string `json:"about"`              // what the claim is about, for people
	Quote    string `json:"quote"`              // text of the source holding the claim
	Required *bool  `json:"required,omitempty"` // nil means true
	Unit     string `json:"unit,omitempty"`     // ISO 4217 for money, "t" for tonnes...
	Accept   []any  `json:"accept,omitempty"`   // other values that also match
}

// IsRequired reports whether recall counts the claim (the default).
func (g GoldClaim) IsRequired() bool { return g.Required == nil || *g.Required }

// Disagreement is a fact on which sources give incompatible values.
type Disagreement struct {
	ID       string     `json:"id"`
	About    string     `json:"about"`
	Kind     string     `json:"kind"`
	Sides    []GoldSide `json:"sides"`
	Optional bool       `json:"optional,omitempty"` // flagging it is allowed, not needed
}

// GoldSide is one value of a disagreement and the sources that give it.
type GoldSide struct {
	Value   any      `json:"value"`
	Accept  []any    `json:"accept,omitempty"`
	Sources []string `json:"sources"`
}

// Agreement lists (source, value) pairs that a conflict must not put on
// different sides.
type Agreement struct {
	ID       string  `json:"id"`
	About    string  `json:"about"`
	Kind     string  `json:"kind"`
	NotSplit [][]any `json:"not_split"` // each [source, value]
}

// Extract is what `claimdiff extract --format json` prints.
type Extract struct {
	Sources []ExtractSource `json:"sources"`
	Claims  []Claim         `json:"claims"`
}

// ExtractSource names one source of an extract.
type ExtractSource struct {
	ID   string `json:"id"`
	Path string `json:"path"`
}

// Claim is one extracted claim; Value is a number or a TIMEX string.
type Claim struct {
	Source   string `json:"source"`
	Kind     string `json:"kind"`
	Value    any    `json:"value"`
	Currency string `json:"currency,omitempty"`
	Unit     string `json:"unit,omitempty"`
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Compare is what `claimdiff compare --format json` prints.
type Compare struct {
	Findings []Finding `json:"findings"`
}

// Finding is one fact with its sides.
type Finding struct {
	Kind    string `json:"kind"`
	Subject string `json:"subject"`
	Status  string `json:"status"` // conflict, agree or single
	Values  []Side `json:"values"`
}

// Side gathers claims compatible with one another.
type Side struct {
	Value   any         `json:"value"`
	Sources []string    `json:"sources"`
	Claims  []SideClaim `json:"claims"`
}

// SideClaim is one claim of a side.
type SideClaim struct {
	Source string `json:"source"`
	Value  any    `json:"value"`
}

// ParseGold decodes a gold file. Numbers keep their literal text
// (json.Number) so that values print as score.py prints them.
func ParseGold(data []byte) (Gold, error) {
	var g Gold
	return g, decode(data, &g, "gold")
}

// ParseExtract decodes extract output.
func ParseExtract(data []byte) (Extract, error) {
	var x Extract
	return x, decode(data, &x, "extract")
}

// ParseCompare decodes compare output.
func ParseCompare(data []byte) (Compare, error) {
	var c Compare
	return c, decode(data, &c, "compare")
}

func decode(data []byte, v any, what string) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if err := d.Decode(v); err != nil {
		return fmt.Errorf("decode %s: %w", what, err)
	}
	return nil
}
