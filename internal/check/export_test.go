package check

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims/compare"
)

// handFingerprint gives the findings tests build by hand a fingerprint: the
// hash of their kind, metric, subject and values, as check once made for
// findings without one, so that the golden files keep theirs.
func handFingerprint(f compare.Finding) string {
	vals := make([]string, 0, len(f.Sides))
	for _, s := range f.Sides {
		vals = append(vals, s.Value.String())
	}
	sort.Strings(vals)
	var b strings.Builder
	b.WriteString(string(f.Kind))
	b.WriteByte(0)
	b.WriteString(f.Metric)
	b.WriteByte(0)
	b.WriteString(f.Subject)
	for _, v := range vals {
		b.WriteByte(0)
		b.WriteString(v)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
}

// HandFingerprint is handFingerprint for the tests of package check_test.
var HandFingerprint = handFingerprint
