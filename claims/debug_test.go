package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/sources"
)

func TestDebugSims(t *testing.T) {
	want := os.Getenv("CLAIMDIFF_DEBUG")
	if want == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(os.Getenv("CLAIMDIFF_DEBUG_FILES"))
	docs, _ := sources.Load(files, nil, sources.Options{})
	var all []Claim
	for _, d := range docs {
		all = append(all, Extract(d, ExtractOptions{})...)
	}
	vecs := weighVectors(all)
	cmp := newComparer(all, DefaultTolerance)
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			if bucketKey(all[i]) != bucketKey(all[j]) || all[i].Metric != want {
				continue
			}
			fmt.Printf("%.3f need=%.2f %s %v ey=%d | %s %v ey=%d\n", similarity(vecs[i], vecs[j]), cmp.penalty(all[i].Value, all[j].Value), all[i].Source[:5], all[i].Value.JSONValue(), all[i].EventYear, all[j].Source[:5], all[j].Value.JSONValue(), all[j].EventYear)
		}
	}
}

func TestDebugTerms(t *testing.T) {
	if os.Getenv("CLAIMDIFF_DEBUG_TERMS") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(os.Getenv("CLAIMDIFF_DEBUG_FILES"))
	docs, _ := sources.Load(files, nil, sources.Options{})
	for _, d := range docs {
		for _, c := range Extract(d, ExtractOptions{}) {
			fmt.Println(c.Source[:5], c.Metric, c.Value.JSONValue(), c.Terms, "period:", c.Period, "ey:", c.EventYear, c.EventDate)
		}
	}
}
