package goldscore

import (
	"encoding/json"
	"testing"
)

func TestSameValue(t *testing.T) {
	tests := []struct {
		name      string
		got, want any
		accept    []any
		ok        bool
	}{
		{"equal counts", 38.0, json.Number("38"), nil, true},
		{"one off", 39.0, json.Number("38"), nil, false},
		{"within half a percent", 3.71e9, json.Number("3700000000.0"), nil, true},
		{"beyond half a percent", 3.72e9, 3.7e9, nil, false},
		{"tolerance relative to gold", 995.0, 1000.0, nil, true},
		{"zero gold needs equality", 0.001, 0.0, nil, false},
		{"date text", "2024-12-25", "2024-12-25", nil, true},
		{"date grain differs", "2024-12", "2024-12-25", nil, false},
		{"accepted alternative", "2025-07-07", "XXXX-07-07", []any{"2025-07-07"}, true},
		{"number against date text", json.Number("2024"), "2024", nil, true},
		{"float against date text", 2024.5, "2024", nil, false},
		{"missing value", nil, 38.0, nil, false},
		{"string number is not numeric", "38", 38.0, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SameValue(tt.got, tt.want, tt.accept...); got != tt.ok {
				t.Errorf("SameValue(%v, %v, %v) = %v, want %v", tt.got, tt.want, tt.accept, got, tt.ok)
			}
		})
	}
}

func TestPyFloat(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{38, "38.0"}, {3.7e9, "3700000000.0"}, {0.5, "0.5"}, {1e16, "1e+16"},
		{1.5e-5, "1.5e-05"}, {0.0001, "0.0001"}, {-2.25, "-2.25"}, {123456789012345680, "1.2345678901234568e+17"},
	}
	for _, tt := range tests {
		if got := pyFloat(tt.in); got != tt.want {
			t.Errorf("pyFloat(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

const handGold = `{
 "corpus": "hand",
 "sources": ["a", "b", "c"],
 "claims": [
  {"source": "a", "kind": "count", "value": 38, "about": "deaths", "quote": "killed 38"},
  {"source": "b", "kind": "count", "value": 39, "about": "deaths", "quote": "killed 39"},
  {"source": "c", "kind": "count", "value": 38, "about": "deaths", "quote": "at least 38"},
  {"source": "a", "kind": "money", "value": 3700000000.0, "about": "trade", "quote": "$3.7 billion", "unit": "USD"},
  {"source": "b", "kind": "money", "value": 5000000000.0, "about": "trade", "quote": "$5bn", "unit": "USD"},
  {"source": "a", "kind": "date", "value": "2024-12-25", "about": "crash date", "quote": "25 December 2024"},
  {"source": "c", "kind": "date", "value": "XXXX-07-07", "accept": ["2025-07-07"], "about": "crash date", "quote": "July 7"},
  {"source": "b", "kind": "count", "value": 3, "about": "demands", "quote": "three demands", "required": false}
 ],
 "disagreements": [
  {"id": "deaths", "about": "deaths", "kind": "count",
   "sides": [{"value": 38, "sources": ["a"]}, {"value": 39, "sources": ["b"]}]},
  {"id": "trade", "about": "trade", "kind": "money",
   "sides": [{"value": 3700000000.0, "sources": ["a"]}, {"value": 5000000000.0, "sources": ["b"]}]},
  {"id": "date", "about": "crash date", "kind": "date",
   "sides": [{"value": "2024-12-25", "sources": ["a"]}, {"value": "XXXX-07-07", "accept": ["2025-07-07"], "sources": ["c"]}]},
  {"id": "extra", "about": "an optional one", "kind": "count", "optional": true,
   "sides": [{"value": 3, "sources": ["b"]}, {"value": 4, "sources": ["c"]}]}
 ],
 "agreements": [
  {"id": "at-least", "about": "at least 38 and 39 agree", "kind": "count", "not_split": [["c", 38], ["b", 39]]},
  {"id": "two-facts", "about": "deaths and trade", "kind": "count", "not_split": [["a", 38], ["a", 3700000000.0]]}
 ]
}`

func side(v any, claims ...SideClaim) Side {
	s := Side{Value: v}
	for _, c := range claims {
		s.Sources = append(s.Sources, c.Source)
	}
	s.Claims = claims
	return s
}

func TestScore(t *testing.T) {
	g, err := ParseGold([]byte(handGold))
	if err != nil {
		t.Fatal(err)
	}
	all := Extract{Claims: []Claim{
		{Source: "a", Kind: "count", Value: 38.0}, {Source: "b", Kind: "quantity", Value: 39.0},
		{Source: "c", Kind: "count", Value: 38.0}, {Source: "a", Kind: "money", Value: 3.7e9},
		{Source: "b", Kind: "money", Value: 5e9}, {Source: "a", Kind: "date", Value: "2024-12-25"},
		{Source: "c", Kind: "date", Value: "2025-07-07"},
	}}
	deaths := Finding{Status: "conflict", Subject: "deaths", Values: []Side{
		side(38.0, SideClaim{"a", 38.0}, SideClaim{"c", 38.0}), side(39.0, SideClaim{"b", 39.0})}}
	tests := []struct {
		name    string
		x       Extract
		cmp     *Compare
		summary string
	}{
		{"perfect extract, no compare", all, nil,
			"hand: extraction recall 1.00 (7/7) precision 1.00 (7/7)"},
		{"optional claim found is not spurious",
			Extract{Claims: append(append([]Claim{}, all.Claims...), Claim{Source: "b", Kind: "count", Value: 3.0})}, nil,
			"hand: extraction recall 1.00 (7/7) precision 1.00 (8/8)"},
		{"missed, spurious, out of scope and unknown source",
			Extract{Claims: []Claim{
				{Source: "a", Kind: "count", Value: 38.0}, {Source: "a", Kind: "count", Value: 9.0},
				{Source: "a", Kind: "money", Value: 38.0}, {Source: "a", Kind: "number", Value: 1.0},
				{Source: "z", Kind: "count", Value: 38.0}, {Source: "a", Kind: "date", Value: "2024-12"},
			}}, nil,
			"hand: extraction recall 0.14 (1/7) precision 0.25 (1/4)"},
		{"empty extract", Extract{}, &Compare{},
			"hand: extraction recall 0.00 (0/7) precision 0.00 (0/0); disagreements flagged 0/3; agreements kept 2/2; unmatched conflicts 0 of 0"},
		{"one flagged, at-least split from 39", all, &Compare{Findings: []Finding{deaths}},
			"hand: extraction recall 1.00 (7/7) precision 1.00 (7/7); disagreements flagged 1/3; agreements kept 1/2; unmatched conflicts 0 of 1"},
		{"all flagged, one unmatched, agree findings ignored", all, &Compare{Findings: []Finding{
			{Status: "conflict", Subject: "deaths", Values: []Side{
				side(39.0, SideClaim{"b", 39.0}, SideClaim{"c", 38.0}), side(38.0, SideClaim{"a", 38.0})}},
			{Status: "conflict", Subject: "trade", Values: []Side{
				side(3.7e9, SideClaim{"a", 3.69e9}), side(5e9, SideClaim{"b", 5e9})}},
			{Status: "conflict", Subject: "date", Values: []Side{
				side("2024-12-25", SideClaim{"a", "2024-12-25"}), side("2025-07-07", SideClaim{"c", "2025-07-07"})}},
			{Status: "conflict", Subject: "noise", Values: []Side{side(1.0, SideClaim{"a", 1.0}), side(2.0, SideClaim{"b", 2.0})}},
			{Status: "agree", Subject: "deaths", Values: []Side{side(38.0, SideClaim{"a", 38.0}), side(39.0, SideClaim{"b", 39.0})}},
		}},
			"hand: extraction recall 1.00 (7/7) precision 1.00 (7/7); disagreements flagged 3/3; agreements kept 2/2; unmatched conflicts 1 of 4"},
		{"both gold sides on one finding side is not flagged", all, &Compare{Findings: []Finding{
			{Status: "conflict", Values: []Side{
				side(38.0, SideClaim{"a", 38.0}, SideClaim{"b", 39.0}), side(7.0, SideClaim{"c", 7.0})}}}},
			"hand: extraction recall 1.00 (7/7) precision 1.00 (7/7); disagreements flagged 0/3; agreements kept 2/2; unmatched conflicts 1 of 1"},
		{"sides without claims use sources and value", all, &Compare{Findings: []Finding{
			{Status: "conflict", Values: []Side{
				{Value: 38.0, Sources: []string{"a"}}, {Value: 39.0, Sources: []string{"b"}}}}}},
			"hand: extraction recall 1.00 (7/7) precision 1.00 (7/7); disagreements flagged 1/3; agreements kept 2/2; unmatched conflicts 0 of 1"},
		{"optional disagreement consumes its conflict", all, &Compare{Findings: []Finding{
			{Status: "conflict", Values: []Side{side(3.0, SideClaim{"b", 3.0}), side(4.0, SideClaim{"c", 4.0})}}}},
			"hand: extraction recall 1.00 (7/7) precision 1.00 (7/7); disagreements flagged 0/3; agreements kept 2/2; unmatched conflicts 0 of 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Score(g, tt.x, tt.cmp).Summary(); got != tt.summary {
				t.Errorf("got %v, want %v", got, tt.summary)
			}
		})
	}
}

func TestOK(t *testing.T) {
	tests := []struct {
		name string
		r    Report
		ok   bool
	}{
		{"extract floors met", Report{Recall: 0.96, Precision: 0.9}, true},
		{"recall under floor", Report{Recall: 0.94, Precision: 0.9}, false},
		{"disagreement not flagged", Report{Recall: 1, Precision: 1, HasCompare: true, Flagged: 2, Disagreements: 3}, false},
		{"agreement broken", Report{Recall: 1, Precision: 1, HasCompare: true, Broken: []BrokenAgreement{{}}}, false},
		{"too many false alarms", Report{Recall: 1, Precision: 1, HasCompare: true, Unmatched: 3}, false},
		{"false alarms within bound", Report{Recall: 1, Precision: 1, HasCompare: true, Unmatched: 2}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.OK(0.95, 0.9, 2); got != tt.ok {
				t.Errorf("got %v, want %v", got, tt.ok)
			}
		})
	}
}
