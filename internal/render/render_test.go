package render

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	goldenfile "github.com/claimdiff/claimdiff/internal/golden"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

func TestMain(m *testing.M) {
	// Table widths must not depend on the locale of the machine running the
	// tests (tablewriter widens ambiguous characters under CJK locales).
	twwidth.SetEastAsian(false)
	os.Exit(m.Run())
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), got)
}

// The fixtures: four sources on a ferry sinking, in sentences written for
// these tests.
const (
	alpha = "alpha-news"
	beta  = "beta-daily"
	gamma = "gamma-wire"
)

func claim(src string, line int, kind mention.Kind, metric string, v mention.Value, text, sentence string) claims.Claim {
	return claims.Claim{
		Source: src, Path: "stories/" + src + ".txt", Kind: kind, Metric: metric,
		Subject: "ferry sinking off Lombok", Value: v, Text: text, Start: line * 100, End: line*100 + len(text),
		Line: line, Col: 5, Sentence: sentence,
	}
}

func day(y, m, d int) mention.Value {
	return mention.Value{Date: &mention.Date{Year: y, Month: m, Day: d}}
}

func testClaims() (deaths12a, deaths12b, deaths14, cost40, cost25, cost40g, date1, date2, share claims.Claim) {
	deaths12a = claim(alpha, 3, mention.KindCount, "deaths", mention.NewNumber(12, "", mention.Exact, 0),
		"killing 12 passengers", "The ferry sank off Lombok on Tuesday, killing 12 passengers.")
	deaths12b = claim(beta, 7, mention.KindCount, "deaths", mention.NewNumber(12, "", mention.AtLeast, 0),
		"at least 12 people", "Rescuers said at least 12 people died when the ferry went down.")
	deaths14 = claim(gamma, 2, mention.KindCount, "deaths", mention.NewNumber(14, "", mention.Exact, 0),
		"killing 14 passengers", "The ferry sank off Lombok on Tuesday, killing 14 passengers.")
	cost40 = claim(alpha, 9, mention.KindMoney, "reconstruction cost", mention.NewNumber(40e6, "USD", mention.Exact, 0),
		"$40 million", "Rebuilding the harbour will cost $40 million, the governor said.")
	cost25 = claim(gamma, 11, mention.KindMoney, "reconstruction cost", mention.NewNumber(25e6, "USD", mention.Approx, 0),
		"about $25 million", "Officials put the cost of rebuilding the harbour at about $25 million.")
	cost40g = claim(gamma, 14, mention.KindMoney, "reconstruction cost", mention.NewNumber(40e6, "USD", mention.Exact, 0),
		"$40 million", "An earlier estimate of $40 million was withdrawn.")
	cost40g.Superseded = true
	date1 = claim(alpha, 3, mention.KindDate, "date of sinking", day(2025, 3, 4), "Tuesday", "The ferry sank off Lombok on Tuesday, killing 12 passengers.")
	date2 = claim(beta, 4, mention.KindDate, "date of sinking", mention.Value{Date: &mention.Date{Year: 2025, Month: 3}},
		"March 2025", "The sinking in March 2025 was the worst in a decade.")
	share = claim(beta, 12, mention.KindPercent, "share of tourists", mention.NewNumber(60, "%", mention.Exact, 0),
		"60 percent", "About 60 percent of those aboard were tourists.")
	share.Period = "2025"
	return
}

func testFindings() []compare.Finding {
	d12a, d12b, d14, c40, c25, c40g, dt1, dt2, sh := testClaims()
	inj25 := claim(alpha, 5, mention.KindCount, "injured", mention.NewNumber(25, "", mention.Exact, 0),
		"25 were injured", "On Tuesday evening 25 were injured, the agency said.")
	inj30 := claim(gamma, 4, mention.KindCount, "injured", mention.NewNumber(30, "", mention.Exact, 0),
		"30 were injured", "By Friday 30 were injured, the agency said.")
	return []compare.Finding{
		{Fingerprint: "f-single", Kind: mention.KindPercent, Metric: "share of tourists", Subject: "ferry sinking off Lombok",
			Status: compare.Single, Sides: []compare.Side{{Value: sh.Value, Sources: []string{beta}, Claims: []claims.Claim{sh}}},
			Sources: []string{beta}},
		{Fingerprint: "f-deaths", Kind: mention.KindCount, Metric: "deaths", Subject: "ferry sinking off Lombok",
			Status: compare.Conflict, Severity: 0.14,
			Sides: []compare.Side{
				{Value: d12a.Value, Sources: []string{alpha, beta}, Claims: []claims.Claim{d12b, d12a}},
				{Value: d14.Value, Sources: []string{gamma}, Claims: []claims.Claim{d14}},
			},
			Sources: []string{alpha, beta, gamma}},
		{Fingerprint: "f-injured", Kind: mention.KindCount, Metric: "injured", Subject: "ferry sinking off Lombok",
			Status: compare.Conflict, Evolving: true, Severity: 0.07,
			Sides: []compare.Side{
				{Value: inj30.Value, Sources: []string{gamma}, Claims: []claims.Claim{inj30}},
				{Value: inj25.Value, Sources: []string{alpha}, Claims: []claims.Claim{inj25}},
			},
			Sources: []string{alpha, gamma}},
		{Fingerprint: "f-date", Kind: mention.KindDate, Metric: "date of sinking", Subject: "ferry sinking off Lombok",
			Status:  compare.Agree,
			Sides:   []compare.Side{{Value: dt1.Value, Sources: []string{alpha, beta}, Claims: []claims.Claim{dt1, dt2}}},
			Sources: []string{alpha, beta}},
		{Fingerprint: "f-cost", Kind: mention.KindMoney, Metric: "reconstruction cost", Subject: "rebuilding of Lombok harbour",
			Status: compare.Conflict, Severity: 0.375,
			Sides: []compare.Side{
				{Value: c40.Value, Sources: []string{alpha}, Claims: []claims.Claim{c40}},
				{Value: c25.Value, Sources: []string{gamma}, Claims: []claims.Claim{c25}},
			},
			Superseded: []claims.Claim{c40g},
			SelfContra: []string{gamma},
			Sources:    []string{alpha, gamma}},
	}
}

var testSources = []Source{
	{ID: gamma, Path: "stories/gamma-wire.txt", Published: "2025-03-07"},
	{ID: alpha, Path: "stories/alpha-news.txt", Title: "Ferry sinks off Lombok", Outlet: "Alpha News", Published: "2025-03-05"},
	{ID: beta, Path: "stories/beta-daily.txt"},
}

func TestFindingsGolden(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
	}{
		{"findings_tty.golden", Options{Format: Table, TTY: true}},
		{"findings_tty_color.golden", Options{Format: Table, TTY: true, Color: true}},
		{"findings_tty_80.golden", Options{Format: Table, TTY: true, Width: 80}},
		{"findings_piped.golden", Options{Format: Table}},
		{"findings_piped_color.golden", Options{Format: Table, Color: true}},
		{"findings_only_conflicts.golden", Options{Format: Table, TTY: true, OnlyConflicts: true}},
		{"findings_explain.golden", Options{Format: Table, TTY: true, Explain: true}},
		{"findings_explain_color.golden", Options{Format: Table, TTY: true, Color: true, Explain: true}},
		{"findings_explain_piped.golden", Options{Format: Table, Explain: true}},
		{"findings.json", Options{Format: JSON}},
		{"findings_only_conflicts.json", Options{Format: JSON, OnlyConflicts: true}},
		{"findings_explain.json", Options{Format: JSON, Explain: true}},
		{"findings.md", Options{Format: Markdown, Explain: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Findings(&b, FindingSet{Sources: testSources, Findings: testFindings()}, tt.opt); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}

func TestClaimsGolden(t *testing.T) {
	var all []claims.Claim
	for _, f := range testFindings() {
		all = append(all, f.Claims()...)
	}
	tests := []struct {
		name string
		opt  Options
	}{
		{"claims_tty.golden", Options{Format: Table, TTY: true}},
		{"claims_piped.golden", Options{Format: Table}},
		{"claims.json", Options{Format: JSON}},
		{"claims.jsonl", Options{Format: JSONL}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Claims(&b, ClaimSet{Sources: testSources, Claims: all}, tt.opt); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}
