package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/check"
)

// What $GITHUB_STEP_SUMMARY holds already counts against GitHub's 1 MiB:
// the check's summary is cut to fit, or not written when nothing fits.
func TestStepSummaryCountsWhatItHolds(t *testing.T) {
	for _, tc := range []struct {
		name    string
		held    int
		written bool // the check's summary is appended
		cut     bool // its rows are left out, and it says so
	}{
		{"empty file", 0, true, false},
		{"900 KB already", 900 << 10, true, false},
		{"room for the heading only", check.SummaryMax - 4<<10 - 300, true, true},
		{"a few bytes short of the limit", check.SummaryMax - 100, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			summary := filepath.Join(t.TempDir(), "step_summary.md")
			earlier := strings.Repeat("x", tc.held)
			if err := os.WriteFile(summary, []byte(earlier), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Setenv("GITHUB_STEP_SUMMARY", summary)
			_, errOut, code := run(t, []string{"check", "--root", ".", "--fail-on", "any", "--summary", summary,
				"testdata/ferry/sea-wire.txt", "--against", "testdata/ferry"}, false, false, "")
			if code == ExitError {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			b, err := os.ReadFile(summary)
			if err != nil {
				t.Fatal(err)
			}
			if len(b) > check.SummaryMax {
				t.Errorf("the file holds %d bytes, over GitHub's %d", len(b), check.SummaryMax)
			}
			if !strings.HasPrefix(string(b), earlier) {
				t.Errorf("what the file held was not kept")
			}
			appended := len(b) > tc.held
			if appended != tc.written {
				t.Errorf("appended: got %v, want %v (stderr %q)", appended, tc.written, errOut)
			}
			if got := strings.Contains(string(b[tc.held:]), "left out to stay under GitHub's 1 MiB"); got != tc.cut {
				t.Errorf("rows left out: got %v, want %v:\n%s", got, tc.cut, b[tc.held:])
			}
			if !tc.written && !strings.Contains(errOut, "no room in the step summary") {
				t.Errorf("stderr: got %q, want it to say there is no room", errOut)
			}
		})
	}
}
