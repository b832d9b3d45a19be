package report

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	goldenfile "github.com/claimdiff/claimdiff/internal/golden"
	"github.com/claimdiff/claimdiff/internal/worddiff"
)

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), got)
}

func render(t *testing.T, in Input, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, in, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestGoldenFixture(t *testing.T) {
	got := render(t, ferry(), Options{Title: "Maren ferry sinking", Tolerance: compare.DefaultTolerance})
	golden(t, "ferry.golden.md", []byte(got))
}

func worddiffWords(a, b string) []worddiff.Chunk { return worddiff.Words(a, b) }

func TestDetailsQuoteAtMostTen(t *testing.T) {
	tests := []struct {
		name   string
		claims int
		quotes int
		more   string
	}{
		{"few", 3, 3, ""},
		{"ten", 10, 10, ""},
		{"many", 25, 10, "- and 15 more sentences\n"},
		{"one more", 11, 10, "- and 1 more sentence\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cs []claims.Claim
			for i := 0; i < tt.claims; i++ {
				src := fmt.Sprintf("s%02d", i)
				cs = append(cs, claim(src, 1, "deaths", "crash", "38", "It killed 38 people, "+src+" said.", num(38, "", mention.Exact)))
			}
			cs = append(cs, claim("z", 1, "deaths", "crash", "39", "It killed 39 people.", num(39, "", mention.Exact)))
			d := details(1, finding(compare.Conflict, 1, cs...), nil)
			if got := strings.Count(d, "\n  > "); got != tt.quotes+1 {
				t.Errorf("got %d quotes, want %d", got, tt.quotes+1)
			}
			if tt.more != "" && !strings.Contains(d, tt.more) || tt.more == "" && strings.Contains(d, "more sentence") {
				t.Errorf("got\n%s\nwant it to hold %q", d, tt.more)
			}
		})
	}
}
