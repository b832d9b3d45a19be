package store

import (
	"encoding/json"
	"reflect"
	"regexp"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/sources"
)

func TestSnakeKey(t *testing.T) {
	for in, want := range map[string]string{
		"ID": "id", "URL": "url", "Text": "text", "EventDate": "event_date", "EventYear": "event_year",
		"id": "id", "revisions": "revisions", "HTMLText": "html_text", "Line2": "line2", "Col": "col",
	} {
		if got := string(snakeKey([]byte(in))); got != want {
			t.Errorf("snakeKey(%q): got %q, want %q", in, got, want)
		}
	}
}

func TestRenameKeys(t *testing.T) {
	in := `{"ID":"a","Text":"a \"Quoted\": text with \\\\ and {\"Key\":1}","Blocks":[{"Kind":"p"}],"EventDate":""}`
	want := `{"id":"a","text":"a \"Quoted\": text with \\\\ and {\"Key\":1}","blocks":[{"kind":"p"}],"event_date":""}`
	if got := string(renameKeys([]byte(in), snakeKey)); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// The export names every field in lower case, and reads back what it
// wrote and what exports made before the renaming wrote (Go names).
func TestExportKeys(t *testing.T) {
	d := &sources.Document{ID: "a", Path: "a.txt", Format: "text", Text: "It killed 12.", Raw: true, Hash: "h",
		Title: "T", URL: "https://x.example/", Blocks: []sources.Block{{Kind: sources.Paragraph, Start: 0, End: 13}},
		Sentences: []sources.Span{{Start: 0, End: 13}}}
	c := claims.Claim{Source: "a", Path: "a.txt", Kind: mention.KindCount, Metric: "deaths", Text: "12", Start: 10, End: 12,
		Line: 1, Col: 11, Value: mention.NewNumber(12, "", mention.AtLeast, 0), EventDate: "2024-12", EventYear: 2024}
	r := Record{ID: "a", Revisions: []Revision{{Revision: 1, Document: d, Claims: []claims.Claim{c}}}}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if k := regexp.MustCompile(`"[a-z_0-9]*[A-Z][A-Za-z_0-9]*":`).Find(b); k != nil {
		t.Errorf("a key with a capital: %s in %s", k, b)
	}
	var back Record
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Revisions[0].Claims[0], c) || back.Revisions[0].Document.Text != d.Text || back.Revisions[0].Document.URL != d.URL {
		t.Errorf("round trip: got %+v", back.Revisions[0])
	}
	legacy := `{"id":"a","revisions":[{"revision":1,"ingested":"","document":{"ID":"a","Text":"It killed 12.","URL":"https://x.example/"},` +
		`"claims":[{"Source":"a","Kind":"count","Text":"12","EventDate":"2024-12","EventYear":2024,"Value":{"Number":12,"Low":12,"High":"+Inf","Qualifier":"at least"}}]}]}`
	var old Record
	if err := json.Unmarshal([]byte(legacy), &old); err != nil {
		t.Fatalf("an export of Go names no longer reads: %v", err)
	}
	if got := old.Revisions[0].Claims[0]; got.EventDate != "2024-12" || got.EventYear != 2024 || old.Revisions[0].Document.URL != d.URL {
		t.Errorf("legacy export: got %+v", old.Revisions[0])
	}
}
