package check

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
)

func TestFormatsGolden(t *testing.T) {
	res := handResult(t, LevelAny, nil)
	for _, f := range []Format{FormatText, FormatJSON, FormatSARIF, FormatGitHub, FormatSummary, FormatCodeQuality} {
		t.Run(string(f), func(t *testing.T) {
			var out bytes.Buffer
			if err := Write(&out, f, res); err != nil {
				t.Fatal(err)
			}
			golden(t, "hand."+string(f), out.Bytes())
			// Byte-stable: a second rendering is the same.
			var again bytes.Buffer
			if err := Write(&again, f, handResult(t, LevelAny, nil)); err != nil {
				t.Fatal(err)
			}
			if again.String() != out.String() {
				t.Errorf("got a different second rendering:\n%s", again.String())
			}
		})
	}
}

func TestJSONEmptyLists(t *testing.T) {
	for _, f := range []Format{FormatJSON, FormatSARIF, FormatCodeQuality} {
		var out bytes.Buffer
		if err := Write(&out, f, &Result{}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out.String(), "null") {
			t.Errorf("%s: got %s, want no null", f, out.String())
		}
	}
}

// TestCodeQualityFields checks the fields GitLab reads from each issue.
func TestCodeQualityFields(t *testing.T) {
	var out bytes.Buffer
	if err := Write(&out, FormatCodeQuality, handResult(t, LevelAny, nil)); err != nil {
		t.Fatal(err)
	}
	var issues []struct {
		Description string `json:"description"`
		CheckName   string `json:"check_name"`
		Fingerprint string `json:"fingerprint"`
		Severity    string `json:"severity"`
		Location    struct {
			Path  string `json:"path"`
			Lines struct {
				Begin int `json:"begin"`
			} `json:"lines"`
		} `json:"location"`
	}
	if err := json.Unmarshal(out.Bytes(), &issues); err != nil {
		t.Fatal(err)
	}
	if len(issues) != 4 {
		t.Fatalf("got %d issues, want 4 (three items, one stale entry)", len(issues))
	}
	severities := map[string]bool{"info": true, "minor": true, "major": true, "critical": true, "blocker": true}
	seen := map[string]bool{}
	for i, is := range issues {
		if is.Description == "" || is.CheckName == "" || is.Fingerprint == "" || seen[is.Fingerprint] ||
			!severities[is.Severity] || is.Location.Path == "" || strings.HasPrefix(is.Location.Path, "/") || is.Location.Lines.Begin < 1 {
			t.Errorf("issue %d: got %+v", i, is)
		}
		seen[is.Fingerprint] = true
	}
}

// TestSARIFFields checks the fields GitHub code scanning requires.
func TestSARIFFields(t *testing.T) {
	var out bytes.Buffer
	if err := Write(&out, FormatSARIF, handResult(t, LevelAny, nil)); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Schema  string `json:"$schema"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID  string `json:"ruleId"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	check := func(name string, ok bool) {
		t.Helper()
		if !ok {
			t.Errorf("%s: got false, want true\n%s", name, out.String())
		}
	}
	check("version 2.1.0", log.Version == "2.1.0")
	check("$schema", strings.HasPrefix(log.Schema, "https://") && strings.Contains(log.Schema, "sarif-2.1.0"))
	check("one run", len(log.Runs) == 1)
	if len(log.Runs) != 1 {
		return
	}
	run := log.Runs[0]
	check("driver name", run.Tool.Driver.Name == "claimdiff")
	rules := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		rules[r.ID] = true
	}
	check("rules", len(rules) == 4 && rules["revised"])
	check("results: the three failing items", len(run.Results) == 3)
	seen := map[string]bool{}
	for i, r := range run.Results {
		name := fmt.Sprintf("result %d", i)
		check(name+" ruleId is a rule", rules[r.RuleID])
		check(name+" message", r.Message.Text != "")
		check(name+" one location", len(r.Locations) == 1)
		for _, l := range r.Locations {
			uri := l.PhysicalLocation.ArtifactLocation.URI
			check(name+" uri relative with forward slashes "+uri, uri != "" && !strings.HasPrefix(uri, "/") &&
				!strings.Contains(uri, `\`) && !strings.Contains(uri, "://") && !strings.HasPrefix(uri, "../"))
			check(name+" startLine", l.PhysicalLocation.Region.StartLine >= 1)
		}
		fp := r.PartialFingerprints[FingerprintKey]
		check(name+" partialFingerprints", fp != "" && !seen[fp])
		seen[fp] = true
	}
}

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, data, prop string
	}{
		{"plain", "12 people", "12 people", "12 people"},
		{"percent", "100% sure", "100%25 sure", "100%25 sure"},
		{"colon and comma", `said: "12, not 14"`, `said: "12, not 14"`, `said%3A "12%2C not 14"`},
		{"newlines", "a\r\nb\nc", "a%0D%0Ab%0Ac", "a%0D%0Ab%0Ac"},
		{"already escaped", "%0A", "%250A", "%250A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := escapeData(tt.in); got != tt.data {
				t.Errorf("data: got %q, want %q", got, tt.data)
			}
			if got := escapeProperty(tt.in); got != tt.prop {
				t.Errorf("property: got %q, want %q", got, tt.prop)
			}
		})
	}
}

// unescape undoes the workflow command escaping, as the runner does.
func unescape(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

// TestGitHubAnnotations checks that every annotation is one well-formed
// command whose properties and message read back as written, though the
// quote holds %, :, , and a newline.
func TestGitHubAnnotations(t *testing.T) {
	res := handResult(t, LevelAny, nil)
	var out bytes.Buffer
	if err := Write(&out, FormatGitHub, res); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4 (three items, one stale entry):\n%s", len(lines), out.String())
	}
	for _, line := range lines {
		cmd, rest, ok := strings.Cut(strings.TrimPrefix(line, "::"), " ")
		props, msg, ok2 := strings.Cut(rest, "::")
		if !strings.HasPrefix(line, "::") || !ok || !ok2 {
			t.Errorf("got %q, want ::kind props::message", line)
			continue
		}
		if cmd != "error" && cmd != "warning" && cmd != "notice" {
			t.Errorf("got command %q", cmd)
		}
		for _, p := range strings.Split(props, ",") {
			k, v, ok := strings.Cut(p, "=")
			if !ok || strings.ContainsAny(v, ":,\n\r") {
				t.Errorf("got property %q in %q", p, line)
			}
			_ = k
		}
		if strings.ContainsAny(msg, "\r\n") {
			t.Errorf("got a raw line break in %q", msg)
		}
	}
	first := lines[0]
	if want := "::error file=articles/005.txt,line=7,col=31,title=claimdiff conflict%3A deaths (Kallen landslide)::"; !strings.HasPrefix(first, want) {
		t.Errorf("got %q, want it to start with %q", first, want)
	}
	_, msg, _ := strings.Cut(first[2:], "::")
	wantQuote := `Officials said: "14 people, 100% of them residents," were killed.` // the line break folded
	if got := unescape(msg); !strings.Contains(got, wantQuote) {
		t.Errorf("got message %q, want it to hold %q", got, wantQuote)
	}
}

// manyItems makes n failing items of a level, at lines 1..n.
func manyItems(n int, lv Level) []Item {
	status := map[Level]compare.Status{LevelConflict: compare.Conflict, LevelSingle: compare.Single, LevelAny: compare.Agree}[lv]
	var out []Item
	for i := 1; i <= n; i++ {
		c := claim("005", i, 1, float64(i), fmt.Sprint(i), "x")
		c.Path = "articles/005.txt"
		f := finding(status, fmt.Sprintf("metric %d", i), side(c))
		out = append(out, newItem(f, fingerprint(f), lv, c, false))
	}
	return out
}

func TestGitHubLimit(t *testing.T) {
	tests := []struct {
		name                       string
		conflicts, singles, agrees int
		wantErrors, wantWarnings   int
		wantNotices                int // the counting notice included
		wantLeft                   string
	}{
		{"under the limit", 10, 3, 10, 10, 3, 10, ""},
		{"errors over", 25, 3, 12, 10, 3, 10, "15 errors, 3 notices"},
		{"notices over", 0, 0, 11, 0, 0, 10, "2 notices"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Result{FailOn: LevelAny}
			r.Items = append(r.Items, manyItems(tt.conflicts, LevelConflict)...)
			r.Items = append(r.Items, manyItems(tt.singles, LevelSingle)...)
			r.Items = append(r.Items, manyItems(tt.agrees, LevelAny)...)
			var out bytes.Buffer
			if err := Write(&out, FormatGitHub, r); err != nil {
				t.Fatal(err)
			}
			s := out.String()
			got := [3]int{strings.Count(s, "::error "), strings.Count(s, "::warning "), strings.Count(s, "::notice ")}
			if want := [3]int{tt.wantErrors, tt.wantWarnings, tt.wantNotices}; got != want {
				t.Errorf("got errors, warnings, notices %v, want %v", got, want)
			}
			if tt.wantLeft != "" && !strings.Contains(s, tt.wantLeft+" not annotated") {
				t.Errorf("got\n%s\nwant a notice of %q not annotated", s, tt.wantLeft)
			}
			if tt.wantLeft == "" && strings.Contains(s, "not annotated") {
				t.Errorf("got a counting notice under the limit:\n%s", s)
			}
		})
	}
}

func TestSummaryLimit(t *testing.T) {
	r := &Result{FailOn: LevelConflict, Items: manyItems(2000, LevelConflict)}
	tests := []struct {
		name     string
		limit    int
		wantCut  bool
		wantRows int
	}{
		{"fits", summaryLimit, false, 2000},
		{"cut", 5000, true, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := writeSummary(&out, r, tt.limit); err != nil {
				t.Fatal(err)
			}
			if out.Len() > tt.limit+200 {
				t.Errorf("got %d bytes, want at most %d", out.Len(), tt.limit+200)
			}
			if got := strings.Contains(out.String(), "left out"); got != tt.wantCut {
				t.Errorf("got cut %v, want %v", got, tt.wantCut)
			}
			rows := strings.Count(out.String(), "| conflict |")
			if tt.wantRows >= 0 && rows != tt.wantRows {
				t.Errorf("got %d rows, want %d", rows, tt.wantRows)
			}
		})
	}
}

// FuzzEscape: whatever the text, an escaped property holds no delimiter or
// line break, escaped data no line break, and both read back as written.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "12 people", "100%", "a:b,c", "x\r\ny", "%0A%3A", "::error::"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, d := escapeProperty(s), escapeData(s)
		if strings.ContainsAny(p, ":,\r\n") {
			t.Errorf("property %q: got %q", s, p)
		}
		if strings.ContainsAny(d, "\r\n") {
			t.Errorf("data %q: got %q", s, d)
		}
		if got := unescape(p); got != s {
			t.Errorf("property %q: got back %q", s, got)
		}
		if got := unescape(d); got != s {
			t.Errorf("data %q: got back %q", s, got)
		}
	})
}

func TestGitHubDetails(t *testing.T) {
	var agreeing []claims.Claim
	for i := 1; i <= 12; i++ {
		agreeing = append(agreeing, claim(fmt.Sprintf("%03d", i), 5, 1, 12, "12", "12 died."))
	}
	mine := claim("005", 7, 1, 14, "14", "14 died.")
	big := finding(compare.Conflict, "deaths", side(agreeing...), side(mine, claim("005", 9, 1, 14, "14", "14 died.")))
	self := finding(compare.Conflict, "deaths", side(claim("001", 5, 1, 12, "12", "12."), claim("005", 3, 1, 12, "12", "12.")), side(mine))
	self.SelfContra = []string{"005"}
	tests := []struct {
		name  string
		f     compare.Finding
		holds []string
		lacks []string
	}{
		{"many claims", big, []string{"%0A… 6 more claims%0A", "008 (/repo"}, []string{"009 (/repo"}},
		{"self-contradiction", self, []string{"005 says 14, but 12 in 001, 005 (005 gives more than one value)"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Result{FailOn: LevelConflict, Items: []Item{newItem(tt.f, fingerprint(tt.f), LevelConflict, mine, false)}}
			var out bytes.Buffer
			if err := Write(&out, FormatGitHub, r); err != nil {
				t.Fatal(err)
			}
			for _, h := range tt.holds {
				if !strings.Contains(out.String(), h) {
					t.Errorf("got\n%s\nwant it to hold %q", out.String(), h)
				}
			}
			for _, l := range tt.lacks {
				if strings.Contains(out.String(), l) {
					t.Errorf("got\n%s\nwant it not to hold %q", out.String(), l)
				}
			}
		})
	}
}
