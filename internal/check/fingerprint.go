package check

import (
	"github.com/claimdiff/claimdiff/claims/compare"
)

// fingerprint is the finding's fingerprint as the compare engine made it:
// one recipe (compare's: kind, metric, the event and the sides' values,
// never a line number, a path or the wording), so that what check, the
// baseline, SARIF and compare --format json call a finding is the same
// string. An engine given in Options.Compare must set it; a finding
// without one is that engine's mistake, and would match every other.
func fingerprint(f compare.Finding) string {
	if f.Fingerprint == "" {
		panic("check: the compare engine gave a finding without a fingerprint (" + string(f.Kind) + " " + f.Metric + ")")
	}
	return f.Fingerprint
}

// sideValues are the finding's values as people read them, sorted so that
// the order of the sides does not matter.
func sideValues(f compare.Finding) []string {
	out := make([]string, 0, len(f.Sides))
	for _, s := range f.Sides {
		out = append(out, s.Value.String())
	}
	sortStrings(out)
	return out
}
