package check

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/claimdiff/claimdiff/claims/compare"
)

// fingerprint is the finding's own fingerprint, or, when the engine left it
// empty, one made the same way: kind, metric, subject and the sides' values,
// never a line number or a path.
func fingerprint(f compare.Finding) string {
	if f.Fingerprint != "" {
		return f.Fingerprint
	}
	var b strings.Builder
	b.WriteString(string(f.Kind))
	b.WriteByte(0)
	b.WriteString(f.Metric)
	b.WriteByte(0)
	b.WriteString(f.Subject)
	for _, v := range sideValues(f) {
		b.WriteByte(0)
		b.WriteString(v)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
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
