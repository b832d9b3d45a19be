package check

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	goldenfile "github.com/claimdiff/claimdiff/internal/golden"
)

// claim builds a claim of a source by hand.
func claim(source string, line, col int, n float64, text, sentence string) claims.Claim {
	return claims.Claim{Source: source, Path: "/repo/articles/" + source + ".txt", Kind: mention.KindCount,
		Value: mention.NewNumber(n, "", mention.Exact, 0), Text: text, Sentence: sentence,
		Start: line * 100, End: line*100 + len(text), Line: line, Col: col}
}

func side(cl ...claims.Claim) compare.Side {
	s := compare.Side{Value: cl[0].Value, Claims: cl}
	for _, c := range cl {
		s.Sources = append(s.Sources, c.Source)
	}
	return s
}

func finding(status compare.Status, metric string, sides ...compare.Side) compare.Finding {
	f := compare.Finding{Kind: mention.KindCount, Metric: metric, Subject: "Kallen landslide", Status: status, Sides: sides}
	for _, s := range sides {
		f.Sources = append(f.Sources, s.Sources...)
	}
	f.Fingerprint = handFingerprint(f)
	return f
}

// The hand-built findings: 005 is the new source.
var (
	deaths = finding(compare.Conflict, "deaths",
		side(claim("001", 5, 12, 12, "12", "The landslide killed 12 people."), claim("002", 4, 1, 12, "Twelve", "Twelve people died.")),
		side(claim("005", 7, 31, 14, "14", `Officials said: "14 people, 100% of them residents,"`+"\nwere killed.")))
	homes = finding(compare.Conflict, "homes destroyed",
		side(claim("001", 6, 1, 11, "11", "11 homes were destroyed.")),
		side(claim("005", 9, 5, 13, "13", "Some 13 homes were destroyed.")))
	evacuated = finding(compare.Single, "evacuated", side(claim("005", 11, 1, 300, "300", "300 people were evacuated.")))
	injured   = finding(compare.Agree, "injured",
		side(claim("001", 8, 1, 20, "20", "20 were injured."), claim("005", 12, 1, 20, "20", "20 were hurt.")))
	oldOnly = finding(compare.Conflict, "rescuers",
		side(claim("001", 9, 1, 50, "50", "50 rescuers.")), side(claim("002", 9, 1, 60, "60", "60 rescuers.")))
)

// handResult runs the check on the hand-built findings with a baseline that
// accepts the homes conflict and holds one stale entry.
func handResult(t *testing.T, failOn Level, before []compare.Finding) *Result {
	t.Helper()
	return handResultWith(t, failOn, before, handBaseline())
}

// handBaseline accepts the homes conflict and holds one stale entry.
func handBaseline() *Baseline {
	return &Baseline{Path: "/repo/.claimdiff-baseline.json", Entries: []Entry{
		entryOf(homes, fingerprint(homes)),
		{Fingerprint: "0123456789abcdef", Status: "conflict", Kind: "count", Metric: "deaths", Subject: "Kallen landslide",
			Values: []EntryValue{{"12", []string{"001"}}, {"13", []string{"005"}}}, Line: 21},
	}}
}

// moved is c at another line, as an edit above it leaves it.
func moved(c claims.Claim, lines int) claims.Claim {
	c.Line += lines
	c.Start += lines * 100
	c.End += lines * 100
	return c
}

func handResultWith(t *testing.T, failOn Level, before []compare.Finding, bl *Baseline, oldClaims ...claims.Claim) *Result {
	t.Helper()
	in := Inputs{Before: append([]claims.Claim{{Source: "before"}}, oldClaims...), After: []claims.Claim{{Source: "after"}},
		Changed: []string{"/repo/articles/005.txt"}, Root: "/repo"}
	all := []compare.Finding{deaths, homes, evacuated, injured, oldOnly}
	compare := func(cl []claims.Claim) []compare.Finding {
		if cl[0].Source == "before" {
			return before
		}
		return all
	}
	res := Run(in, Options{FailOn: failOn, Baseline: bl, Engine: compare})
	res.Version = "test"
	return res
}

func TestRun(t *testing.T) {
	type item struct {
		Metric   string
		Accepted bool
		Path     string
		Line     int
	}
	tests := []struct {
		name      string
		failOn    Level
		before    []compare.Finding
		oldClaims []claims.Claim // claims the sources made before the change
		want      []item
		wantStale int
		wantFail  bool
	}{
		{"conflicts", LevelConflict, nil, nil,
			[]item{{"deaths", false, "articles/005.txt", 7}, {"homes destroyed", true, "articles/005.txt", 9}}, 1, true},
		{"singles too", LevelSingle, nil, nil,
			[]item{{"deaths", false, "articles/005.txt", 7}, {"homes destroyed", true, "articles/005.txt", 9}, {"evacuated", false, "articles/005.txt", 11}}, 1, true},
		{"any", LevelAny, nil, nil,
			[]item{{"deaths", false, "articles/005.txt", 7}, {"homes destroyed", true, "articles/005.txt", 9}, {"evacuated", false, "articles/005.txt", 11}, {"injured", false, "articles/005.txt", 12}}, 1, true},
		{"known before", LevelConflict, []compare.Finding{deaths}, nil,
			[]item{{"homes destroyed", true, "articles/005.txt", 9}}, 1, false},
		{"known before, worded otherwise", LevelConflict, []compare.Finding{reworded(deaths, "the Kallen slide")}, nil,
			[]item{{"homes destroyed", true, "articles/005.txt", 9}}, 1, false},
		{"a single worded otherwise is new", LevelSingle, []compare.Finding{reworded(evacuated, "another event")}, nil,
			[]item{{"deaths", false, "articles/005.txt", 7}, {"homes destroyed", true, "articles/005.txt", 9}, {"evacuated", false, "articles/005.txt", 11}}, 1, true},
		{"other values before", LevelConflict, []compare.Finding{finding(compare.Agree, "deaths", deaths.Sides[0])}, nil,
			[]item{{"deaths", false, "articles/005.txt", 7}, {"homes destroyed", true, "articles/005.txt", 9}}, 1, true},
		{"the changed source made the claim before", LevelConflict, nil, []claims.Claim{moved(deaths.Sides[1].Claims[0], 2)},
			[]item{{"homes destroyed", true, "articles/005.txt", 9}}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := handResultWith(t, tt.failOn, tt.before, handBaseline(), tt.oldClaims...)
			var got []item
			for _, it := range res.Items {
				got = append(got, item{it.Finding.Metric, it.Accepted, it.At.Path, it.At.Line})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if len(res.Stale) != tt.wantStale {
				t.Errorf("got %d stale entries, want %d", len(res.Stale), tt.wantStale)
			}
			if res.Failed() != tt.wantFail {
				t.Errorf("got failed %v, want %v", res.Failed(), tt.wantFail)
			}
		})
	}
}

// reworded is f with another subject, as an engine might word it: for
// check, another fingerprint.
func reworded(f compare.Finding, subject string) compare.Finding {
	f.Subject = subject
	f.Fingerprint = handFingerprint(f)
	return f
}

// check takes the engine's fingerprint as it is (compare's own tests hold
// that it ignores places and wording); a finding without one is refused.
func TestFingerprintIsTheEngines(t *testing.T) {
	f := deaths
	f.Fingerprint = "0123456789abcdef"
	if got := fingerprint(f); got != f.Fingerprint {
		t.Errorf("got %s, want the engine's %s", got, f.Fingerprint)
	}
	defer func() {
		if recover() == nil {
			t.Errorf("a finding without a fingerprint was taken")
		}
	}()
	f.Fingerprint = ""
	fingerprint(f)
}

func TestPointAt(t *testing.T) {
	agreeing := finding(compare.Conflict, "deaths",
		side(claim("001", 5, 1, 12, "12", ""), claim("005", 3, 1, 12, "12", "")),
		side(claim("002", 5, 1, 14, "14", ""), claim("005", 8, 1, 14, "14", "")))
	tests := []struct {
		name     string
		f        compare.Finding
		wantLine int
		wantOK   bool
	}{
		{"on the other side", deaths, 7, true},
		{"prefers the departing side", agreeing, 8, true},
		{"no changed claim", oldOnly, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := pointAt(tt.f, func(c claims.Claim) bool { return c.Source == "005" })
			if c.Line != tt.wantLine || ok != tt.wantOK {
				t.Errorf("got line %d, %v, want %d, %v", c.Line, ok, tt.wantLine, tt.wantOK)
			}
		})
	}
}

// golden compares got with testdata/golden/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", "golden", name), got)
}
