package goldscore_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/internal/goldscore"
)

func Example() {
	g, _ := goldscore.ParseGold([]byte(`{
	  "corpus": "crash",
	  "sources": ["a", "b"],
	  "claims": [
	    {"source": "a", "kind": "count", "value": 179, "about": "deaths", "quote": "killing 179"},
	    {"source": "b", "kind": "count", "value": 180, "about": "deaths", "quote": "killing 180"},
	    {"source": "b", "kind": "date", "value": "XXXX-12-28", "accept": ["2024-12-28"], "about": "date", "quote": "Dec. 28"}
	  ],
	  "disagreements": [{"id": "deaths", "about": "deaths", "kind": "count",
	    "sides": [{"value": 179, "sources": ["a"]}, {"value": 180, "sources": ["b"]}]}],
	  "agreements": []
	}`))
	x, _ := goldscore.ParseExtract([]byte(`{"claims": [
	  {"source": "a", "kind": "count", "value": 179, "text": "179"},
	  {"source": "b", "kind": "count", "value": 180, "text": "180"},
	  {"source": "b", "kind": "count", "value": 737, "text": "737"}
	]}`))
	c, _ := goldscore.ParseCompare([]byte(`{"findings": [{"kind": "count", "subject": "deaths", "status": "conflict",
	  "values": [{"value": 179, "sources": ["a"], "claims": [{"source": "a", "value": 179}]},
	             {"value": 180, "sources": ["b"], "claims": [{"source": "b", "value": 180}]}]}]}`))
	r := goldscore.Score(g, x, &c)
	for _, l := range r.Lines() {
		fmt.Println(l)
	}
	// Output:
	// missed   b date 'XXXX-12-28'  (Dec. 28)
	// spurious b count 737  (737)
	// crash: extraction recall 0.67 (2/3) precision 0.67 (2/3); disagreements flagged 1/1; agreements kept 0/0; unmatched conflicts 0 of 1
}
