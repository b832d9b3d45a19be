package goldscore

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// scorePy is the reference scorer this package ports.
const scorePy = "../../../shared/eval/score.py"

// TestAgreesWithScorePy feeds random extract and compare documents, built
// from gold files, to score.py and to Score, and wants the same output lines.
func TestAgreesWithScorePy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs python3 (-short)")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	if _, err := os.Stat(scorePy); err != nil {
		t.Skip("score.py not found (../shared absent)")
	}
	golds := map[string][]byte{"hand": []byte(handGold)}
	if data, err := os.ReadFile("../../../shared/eval/seeds.gold.json"); err == nil {
		golds["seeds"] = data
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	for name, data := range golds {
		g, err := ParseGold(data)
		if err != nil {
			t.Fatal(err)
		}
		goldPath := filepath.Join(dir, name+".gold.json")
		write(t, goldPath, data)
		for i := range 2 {
			x, c := randomOutput(rng, g)
			xData, cData := marshal(t, x), marshal(t, c)
			xPath, cPath := filepath.Join(dir, "x.json"), filepath.Join(dir, "c.json")
			write(t, xPath, xData)
			write(t, cPath, cData)
			out, _ := exec.Command(py, scorePy, goldPath, "--extract", xPath, "--compare", cPath).Output()
			want := strings.TrimRight(string(out), "\n")

			x2, err := ParseExtract(xData)
			if err != nil {
				t.Fatal(err)
			}
			c2, err := ParseCompare(cData)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(Score(g, x2, &c2).Lines(), "\n")
			t.Logf("%s #%d: %d lines, %s", name, i, strings.Count(want, "\n")+1, want[strings.LastIndex(want, "\n")+1:])
			if got != want {
				t.Errorf("%s #%d:\ngot  %v\nwant %v", name, i, got, want)
			}
		}
	}
}

// randomOutput makes an extract that finds some gold claims, nudges others
// off their value and adds noise, and a compare that groups those claims
// into random findings.
func randomOutput(rng *rand.Rand, g Gold) (Extract, Compare) {
	var x Extract
	for _, gc := range g.Claims {
		v := gc.Value
		switch rng.IntN(5) {
		case 0:
			continue
		case 1:
			if f, ok := number(v); ok {
				v = f * []float64{1.003, 1.01, 0.996, 2}[rng.IntN(4)]
			} else if s, ok := v.(string); ok && len(s) > 4 {
				v = s[:4]
			}
		case 2:
			if len(gc.Accept) > 0 {
				v = gc.Accept[0]
			}
		}
		kind := gc.Kind
		if rng.IntN(8) == 0 {
			kind = []string{"quantity", "number", "money"}[rng.IntN(3)]
		}
		x.Claims = append(x.Claims, Claim{Source: gc.Source, Kind: kind, Value: v, Text: gc.About})
	}
	for range rng.IntN(4) {
		src := g.Sources[rng.IntN(len(g.Sources))]
		x.Claims = append(x.Claims, Claim{Source: src, Kind: "count", Value: float64(rng.IntN(100)), Text: "noise"})
	}
	var c Compare
	for k := range 1 + rng.IntN(6) {
		f := Finding{Subject: "finding " + string(rune('a'+k)), Status: []string{"conflict", "conflict", "agree", "single"}[rng.IntN(4)]}
		for range 1 + rng.IntN(3) {
			var s Side
			for range 1 + rng.IntN(3) {
				cl := x.Claims[rng.IntN(len(x.Claims))]
				s.Claims = append(s.Claims, SideClaim{Source: cl.Source, Value: cl.Value})
				s.Sources = append(s.Sources, cl.Source)
				s.Value = cl.Value
			}
			if rng.IntN(6) == 0 {
				s.Claims = nil
			}
			f.Values = append(f.Values, s)
		}
		c.Findings = append(c.Findings, f)
	}
	// Give the first disagreement a finding that flags it now and then.
	if len(g.Disagreements) > 0 && rng.IntN(2) == 0 {
		f := Finding{Subject: "planted", Status: "conflict"}
		for _, gs := range g.Disagreements[0].Sides {
			var s Side
			for _, src := range gs.Sources {
				s.Claims = append(s.Claims, SideClaim{Source: src, Value: gs.Value})
			}
			f.Values = append(f.Values, s)
		}
		c.Findings = append(c.Findings, f)
	}
	return x, c
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
