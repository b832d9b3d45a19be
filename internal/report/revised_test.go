package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/sources"
)

// revisedInput is two outlets that agree on a toll of 41, one of which
// gave 38 in an earlier revision of its article, and a conflict elsewhere.
func revisedInput() Input {
	now := claim("gazette", 3, "deaths", "ferry", "41", "The sinking killed 41 people.", num(41, "", mention.Exact))
	was := claim("gazette", 3, "deaths", "ferry", "38", "The sinking killed 38 people.", num(38, "", mention.Exact))
	was.Superseded, was.Earlier = true, "2025-03-02T12:00:00Z"
	toll := finding(compare.Agree, 0, now, claim("post", 5, "deaths", "ferry", "41", "Officials said 41 died.", num(41, "", mention.Exact)))
	toll.Superseded = append(toll.Superseded, was)
	crew := finding(compare.Conflict, 1, claim("gazette", 7, "crew", "ferry", "9", "It had 9 crew.", num(9, "", mention.Exact)),
		claim("post", 8, "crew", "ferry", "11", "It had 11 crew.", num(11, "", mention.Exact)))
	return Input{
		Docs:     []*sources.Document{doc("gazette", "Ferry toll", "Gazette", "https://gazette.example/ferry", "2025-03-02"), doc("post", "", "Post", "", "2025-03-03")},
		Claims:   append(toll.Claims(), crew.Claims()...),
		Findings: []compare.Finding{toll, crew},
	}
}

func TestChangedAfterPublication(t *testing.T) {
	in := revisedInput()
	var b bytes.Buffer
	if err := Write(&b, in, Options{Tolerance: compare.DefaultTolerance}); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	i, j := strings.Index(md, "## Changed after publication\n"), strings.Index(md, "## Timeline")
	if i < 0 || j < i || strings.Index(md, "### Evidence") > i {
		t.Fatalf("no Changed after publication section between the evidence and the timeline:\n%s", md)
	}
	section := md[i:j]
	for _, want := range []string{
		"1 figure was changed by its source in a later revision of the article",
		"| deaths (ferry) | gazette | 38 → 41 | 2025-03-02 | agreed: **41** (gazette, post) |",
		"- deaths (ferry), gazette, stories/ferry/gazette.txt:3 ([article](https://gazette.example/ferry)):",
		"  > The sinking killed ~~38~~ **41** people.",
	} {
		if !strings.Contains(section, want) {
			t.Errorf("the section lacks %q:\n%s", want, section)
		}
	}
	if strings.Contains(md[:i], "38") {
		t.Errorf("the earlier 38 shows outside the section, as if it were a current figure:\n%s", md[:i])
	}

	// No revision, no section.
	in.Findings[0].Superseded = nil
	b.Reset()
	Write(&b, in, Options{Tolerance: compare.DefaultTolerance})
	if strings.Contains(b.String(), "Changed after publication") {
		t.Errorf("a section with no revised figure:\n%s", b.String())
	}
}

// TestChangedFolds: the section is folded after the source inventory, and
// the note at the top says so.
func TestChangedFolds(t *testing.T) {
	in := revisedInput()
	p := build(in, Options{Tolerance: compare.DefaultTolerance})
	f := folding{agreed: true, singles: true, timeline: true, inventory: true, changed: true, rows: len(p.rows)}
	f.limit = len(p.assemble(f)) + 50
	md := p.assemble(f)
	for _, want := range []string{"the 1 figure changed after publication.", "## Changed after publication\n\n_The 1 figure changed after publication is left out"} {
		if !strings.Contains(md, want) {
			t.Errorf("folded report lacks %q:\n%s", want, md)
		}
	}
	// Room for everything but what is folded before it: the section stays.
	g := f
	g.changed = false
	for range 3 {
		g.limit = len(p.assemble(g))
	}
	var b bytes.Buffer
	if err := Write(&b, in, Options{Tolerance: compare.DefaultTolerance, MaxBytes: g.limit}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "| deaths (ferry) | gazette | 38 → 41") {
		t.Errorf("the section went before the table rows it should outlast:\n%s", b.String())
	}
}
