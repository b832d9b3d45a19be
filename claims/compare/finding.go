package compare

import (
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// Status says whether the sources on one fact agree.
type Status string

// Statuses of a finding.
const (
	Conflict Status = "conflict" // the claims cannot all be true together
	Agree    Status = "agree"    // several sources, all compatible
	Single   Status = "single"   // one source alone speaks of the fact
	// Updated: the values differ, but a running total (a death toll) rose
	// from the earlier-published sources to the later ones: an update, not
	// a contradiction.
	Updated Status = "updated"
)

// Finding is one fact that several claims speak of, with the claims grouped
// into sides: each side gathers claims compatible with one another.
type Finding struct {
	Fingerprint string         // stable id: kind, metric, subject and the sides' values; no line numbers
	Kind        mention.Kind   // the kind of the claims
	Metric      string         // what is measured
	Subject     string         // what it is about
	Status      Status         // conflict, agree or single
	Severity    float64        // how serious a conflict is (0 otherwise): larger is worse
	Sides       []Side         // most supported side first
	Concept     string         // the event concept most claims share ("@air"), for fingerprints
	SelfContra  []string       // sources that give values on more than one side
	Sources     []string       // every source that speaks, sorted
	Superseded  []claims.Claim // figures their sources say were replaced; kept, never a conflict
}

// Side is a set of mutually compatible claims on one fact.
type Side struct {
	Value   mention.Value  // the most precise value of the side
	Sources []string       // the sources behind it, sorted
	Claims  []claims.Claim // the claims, in source then text order
}

// Claims returns every claim of the finding, side by side.
func (f Finding) Claims() []claims.Claim {
	var out []claims.Claim
	for _, s := range f.Sides {
		out = append(out, s.Claims...)
	}
	return out
}
