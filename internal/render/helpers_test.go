package render

import (
	"bytes"
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/sources"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

func TestShortIDs(t *testing.T) {
	tests := []struct {
		name string
		ids  []string
		want []string
	}{
		{"cut at underscore", []string{"000_efe4a1", "001_9c807c"}, []string{"000", "001"}},
		{"cut at hyphen", []string{"bbc-crash", "reuters-crash"}, []string{"bbc", "reuters"}},
		{"clash keeps all whole", []string{"reuters-crash", "reuters-quake", "bbc-crash"}, []string{"reuters-crash", "reuters-quake", "bbc-crash"}},
		{"no separator", []string{"alpha", "beta"}, []string{"alpha", "beta"}},
		{"leading separator kept", []string{"_x", "y"}, []string{"_x", "y"}},
		{"cut equals another id", []string{"bbc", "bbc-2"}, []string{"bbc", "bbc-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := shortIDs(tt.ids)
			got := make([]string, len(tt.ids))
			for i, id := range tt.ids {
				got[i] = m[id]
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSortFindings(t *testing.T) {
	f := func(fp string, st compare.Status, sev float64, nsrc int) compare.Finding {
		return compare.Finding{Fingerprint: fp, Status: st, Severity: sev, Sources: make([]string, nsrc)}
	}
	in := []compare.Finding{
		f("single", compare.Single, 0, 1),
		f("agree-2", compare.Agree, 0, 2),
		f("minor", compare.Conflict, 0.1, 5),
		f("agree-4", compare.Agree, 0, 4),
		f("major", compare.Conflict, 0.9, 2),
		f("tie-b", compare.Conflict, 0.1, 5),
		f("rose", compare.Conflict, 0.05, 3),
		f("unknown", compare.Status("disputed"), 0.5, 9),
	}
	want := "major minor tie-b rose agree-4 agree-2 single unknown"
	// Whatever order the engine gives, the printed order is the same.
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 10; i++ {
		r.Shuffle(len(in), func(a, b int) { in[a], in[b] = in[b], in[a] })
		var got []string
		for _, f := range SortFindings(in) {
			got = append(got, f.Fingerprint)
		}
		if strings.Join(got, " ") != want {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		plain    string
		distance int
	}{
		{"one number", "The crash killed 38 people.", "The crash killed 39 people.", "The crash killed [-38-] {+39+} people.", 1},
		{"insertion", "killed 38 people", "killed at least 38 people", "killed {+at least+} 38 people", 2},
		{"deletion", "about $3.7 billion in trade", "$3.7 billion in trade", "[-about-] $3.7 billion in trade", 1},
		{"replace two by one", "on 25 December", "on Christmas", "on [-25 December-] {+Christmas+}", 2},
		{"equal", "same words", "same words", "same words", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, dist := wordDiff(tt.a, tt.b)
			if got := renderDiff(cs, false); got != tt.plain {
				t.Errorf("got %q, want %q", got, tt.plain)
			}
			if dist != tt.distance {
				t.Errorf("distance: got %d, want %d", dist, tt.distance)
			}
			if got := renderDiff(cs, true); strings.Contains(got, "[-") || (tt.distance > 0 && !strings.Contains(got, "\x1b[")) {
				t.Errorf("colour: got %q", got)
			}
		})
	}
}

// TestClosest checks that --explain diffs the two closest sentences on
// opposite sides, not the first two.
func TestClosest(t *testing.T) {
	q := func(where, s string) quote { return quote{where: where, sentence: s} }
	sides := []sideEvidence{
		{quotes: []quote{q("a:1", "Officials said twelve people were killed in the sinking."), q("b:2", "The ferry sank, killing 12 passengers.")}},
		{quotes: []quote{q("c:3", "Fourteen died, the agency said on Friday."), q("d:4", "The ferry sank, killing 14 passengers.")}},
	}
	c := closest(sides)
	if c == nil {
		t.Fatal("got no pair")
	}
	if got := c.a.where + " " + c.b.where; got != "b:2 d:4" {
		t.Errorf("got %s, want b:2 d:4", got)
	}
	// Two short sentences that share nothing are not closer than two long
	// ones that differ in one figure.
	sides = []sideEvidence{
		{quotes: []quote{q("a:1", "Nine died."), q("b:2", "The storm hit the coast on Monday night and killed nine people in three villages.")}},
		{quotes: []quote{q("c:3", "Eleven are missing."), q("d:4", "The storm hit the coast on Monday night and killed eleven people in three villages.")}},
	}
	if c := closest(sides); c == nil || c.a.where+" "+c.b.where != "b:2 d:4" {
		t.Errorf("long sentences: got %+v, want b:2 d:4", c)
	}
	same := []sideEvidence{{quotes: []quote{q("a:1", "x 1")}}, {quotes: []quote{q("a:1", "x 1")}}}
	if c := closest(same); c != nil {
		t.Errorf("equal sentences: got a pair %v, want none", c)
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"table", Table, false},
		{"json", JSON, false},
		{"markdown", "", true}, // not allowed below
		{"", "", true},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in, Table, JSON, JSONL)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("%q: got %q, %v, want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestEmpty checks that no format prints null for an empty list, and that
// tables say what they did not find.
func TestEmpty(t *testing.T) {
	tests := []struct {
		name string
		fn   func(*bytes.Buffer) error
		want string
	}{
		{"claims json", func(b *bytes.Buffer) error { return Claims(b, ClaimSet{}, Options{Format: JSON}) }, "{\n  \"sources\": [],\n  \"claims\": []\n}\n"},
		{"claims jsonl", func(b *bytes.Buffer) error { return Claims(b, ClaimSet{}, Options{Format: JSONL}) }, ""},
		{"claims piped", func(b *bytes.Buffer) error { return Claims(b, ClaimSet{}, Options{}) }, ""},
		{"claims tty", func(b *bytes.Buffer) error { return Claims(b, ClaimSet{Sources: testSources}, Options{TTY: true}) }, "No claims found in 3 sources.\n"},
		{"mentions json", func(b *bytes.Buffer) error { return Mentions(b, MentionSet{}, Options{Format: JSON}) }, "{\n  \"sources\": [],\n  \"mentions\": []\n}\n"},
		{"findings json", func(b *bytes.Buffer) error { return Findings(b, FindingSet{}, Options{Format: JSON}) },
			"{\n  \"findings\": [],\n  \"sources\": [],\n  \"summary\": {\n    \"conflicts\": 0,\n    \"agreements\": 0,\n    \"single\": 0,\n    \"sources\": 0\n  }\n}\n"},
		{"findings tty", func(b *bytes.Buffer) error {
			return Findings(b, FindingSet{Sources: testSources[:1]}, Options{TTY: true})
		},
			"0 conflicts, 0 agreements, 0 single-source facts across 1 source\n"},
		{"finding without lists", func(b *bytes.Buffer) error {
			return Findings(b, FindingSet{Findings: []compare.Finding{{Status: compare.Single, Kind: mention.KindCount}}}, Options{Format: JSON})
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.fn(&b); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(b.String(), "null") {
				t.Errorf("got null in\n%s", b.String())
			}
			if tt.want != "" && b.String() != tt.want {
				t.Errorf("got %q, want %q", b.String(), tt.want)
			}
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	var b bytes.Buffer
	if err := Claims(&b, ClaimSet{}, Options{Format: Markdown}); err == nil {
		t.Errorf("claims as markdown: got no error, want one")
	}
	if err := Findings(&b, FindingSet{}, Options{Format: JSONL}); err == nil {
		t.Errorf("findings as jsonl: got no error, want one")
	}
}

// TestStableOrder checks that the output does not depend on the order of
// the claims given.
func TestStableOrder(t *testing.T) {
	var all []claims.Claim
	for _, f := range testFindings() {
		all = append(all, f.Claims()...)
	}
	var first string
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 5; i++ {
		r.Shuffle(len(all), func(a, b int) { all[a], all[b] = all[b], all[a] })
		var b bytes.Buffer
		if err := Claims(&b, ClaimSet{Sources: testSources, Claims: all}, Options{Format: JSON}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b.String()
		} else if b.String() != first {
			t.Fatalf("output changed with the order of the claims")
		}
	}
}

func TestMentionsOf(t *testing.T) {
	text := "Intro line.\nThe storm killed 7 people, hurt at least 3 and cost $2 million.\n"
	doc := &sources.Document{ID: "d", Path: "d.txt", Text: text,
		Blocks: []sources.Block{{Kind: sources.Meta, Start: 0, End: 11}, {Kind: sources.Paragraph, Start: 12, End: len(text) - 1}}}
	ms := MentionsOf(doc, []claims.Claim{{Source: "d", Path: "d.txt", Start: strings.Index(text, "7"), End: strings.Index(text, "7") + 1}})
	var got []string
	for _, m := range ms {
		got = append(got, m.Text)
	}
	if want := "7 at least 3 $2 million"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("offsets: got %q at %d:%d, want %q", text[m.Start:m.End], m.Start, m.End, m.Text)
		}
		if m.Line != 2 {
			t.Errorf("%q: line got %d, want 2", m.Text, m.Line)
		}
		if want := m.Text == "7" || strings.HasPrefix(m.Text, "7 "); m.Claim != want {
			t.Errorf("%q: claim got %v, want %v", m.Text, m.Claim, want)
		}
	}
}

// TestFitWidth checks that tables on a terminal of known width fit in it,
// and use it when they need it.
func TestFitWidth(t *testing.T) {
	set := FindingSet{Sources: testSources, Findings: testFindings()}
	for _, width := range []int{60, 72, 80, 100, 132} {
		t.Run(strconv.Itoa(width), func(t *testing.T) {
			var b bytes.Buffer
			if err := Findings(&b, set, Options{TTY: true, Width: width}); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			for i, line := range lines[:len(lines)-1] { // the summary line is not fitted
				if w := twwidth.Width(line); w > width {
					t.Errorf("line %d: got width %d, want at most %d: %q", i+1, w, width, line)
				}
			}
			// Wide enough for every cell on one line: no cell wraps.
			var wide bytes.Buffer
			if err := Findings(&wide, set, Options{TTY: true, Width: 1000}); err != nil {
				t.Fatal(err)
			}
			if width >= 132 && b.String() != wide.String() {
				t.Errorf("got wrapped cells at width %d:\n%s", width, b.String())
			}
		})
	}
}

// TestExplainCapsQuotes checks that --explain prints at most maxQuotes
// sentences a side and says how many it left out.
func TestExplainCapsQuotes(t *testing.T) {
	set := benchFindings(1)
	f := &set.Findings[0]
	f.Status = compare.Conflict
	side := &f.Sides[0]
	for i := 0; i < 25; i++ {
		c := side.Claims[0]
		c.Source = fmt.Sprintf("extra-%02d", i)
		c.Path = c.Source + ".txt"
		side.Claims = append(side.Claims, c)
		side.Sources = append(side.Sources, c.Source)
	}
	for _, format := range []Format{Table, Markdown} {
		var b bytes.Buffer
		if err := Findings(&b, set, Options{Format: format, Explain: true}); err != nil {
			t.Fatal(err)
		}
		quotes := 0
		for _, line := range strings.Split(b.String(), "\n") {
			if strings.HasPrefix(line, "    extra-") || strings.HasPrefix(line, "  - `extra-") {
				quotes++
			}
		}
		if quotes == 0 || quotes > maxQuotes {
			t.Errorf("%s: got %d quotes of one side, want 1 to %d", format, quotes, maxQuotes)
		}
		if !strings.Contains(b.String(), "16 more sentences") {
			t.Errorf("%s: got no count of the sentences left out:\n%s", format, b.String())
		}
	}
}

// FuzzMarkdownRow checks that whatever a subject, metric or value holds, a
// finding is one row of the Markdown table with its four cells.
func FuzzMarkdownRow(f *testing.F) {
	f.Add("storm | flood", "deaths\nin total", "a`b*c")
	f.Add("", "", "")
	f.Add(`back\slash|`, "<b>", "~~x~~")
	f.Fuzz(func(t *testing.T, subject, metric, src string) {
		fd := compare.Finding{Kind: mention.KindCount, Metric: metric, Subject: subject, Status: compare.Single,
			Sides: []compare.Side{{Value: mention.NewNumber(3, "", mention.Exact, 0), Sources: []string{src}}}, Sources: []string{src}}
		var b bytes.Buffer
		if err := Findings(&b, FindingSet{Findings: []compare.Finding{fd}}, Options{Format: Markdown}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(b.String(), "\n")
		row := lines[2]
		if lines[3] != "" {
			t.Fatalf("the row spans lines:\n%s", b.String())
		}
		// Count the pipes that are not escaped: the row's five borders.
		pipes := 0
		for i := 0; i < len(row); i++ {
			switch row[i] {
			case '\\':
				i++
			case '|':
				pipes++
			}
		}
		if pipes != 5 {
			t.Errorf("got %d cell borders, want 5: %q", pipes, row)
		}
	})
}
