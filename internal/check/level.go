package check

import (
	"fmt"

	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/history"
)

// Level is how much a finding matters to CI; larger is worse.
type Level int

// Levels, in increasing order. --fail-on names one of them.
const (
	LevelAny      Level = iota // any new finding, agreements included ("any")
	LevelSingle                // a new fact that one source alone gives ("single")
	LevelRevised               // a figure its own source changed in a later revision ("revised")
	LevelRising                // sources that differ on a running total that rose with their dates ("rising")
	LevelConflict              // sources that cannot all be right, no date explaining it ("conflict")
)

// ParseLevel reads a --fail-on value.
func ParseLevel(s string) (Level, error) {
	switch s {
	case "conflict":
		return LevelConflict, nil
	case "rising":
		return LevelRising, nil
	case "revised":
		return LevelRevised, nil
	case "single":
		return LevelSingle, nil
	case "any":
		return LevelAny, nil
	}
	return 0, fmt.Errorf("--fail-on %q: want conflict, rising, revised, single or any", s)
}

func (l Level) String() string {
	switch l {
	case LevelConflict:
		return "conflict"
	case LevelRising:
		return "rising"
	case LevelRevised:
		return "revised"
	case LevelSingle:
		return "single"
	}
	return "any"
}

// levelOf is the level of a finding, from its status and whether a source
// revised its figure on it.
func levelOf(f compare.Finding) Level {
	switch {
	case f.Status == compare.Conflict && f.Evolving:
		return LevelRising
	case f.Status == compare.Conflict:
		return LevelConflict
	case len(history.Revisions(f)) > 0:
		return LevelRevised
	case f.Status == compare.Single:
		return LevelSingle
	}
	return LevelAny
}

// rule is the finding's rule id in SARIF and its kind in every output.
func rule(f compare.Finding) string {
	switch {
	case f.Status == compare.Conflict:
		return "conflict"
	case len(history.Revisions(f)) > 0:
		return "revised"
	case f.Status == compare.Single:
		return "single"
	}
	return "agree"
}
