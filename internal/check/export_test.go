package check

import (
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
)

// SetCompare swaps the engine the command runs, for end-to-end tests that
// must not wait for the real one; the returned func restores it.
func SetCompare(f func([]claims.Claim) []compare.Finding) (restore func()) {
	old := defaultCompare
	defaultCompare = f
	return func() { defaultCompare = old }
}
