package check

import (
	"fmt"

	"github.com/claimdiff/claimdiff/claims/compare"
)

// Level is how much a finding matters to CI; larger is worse.
type Level int

// Levels, in increasing order. --fail-on names one of them.
const (
	LevelAny      Level = iota // any new finding, agreements included ("any")
	LevelSingle                // a new fact that one source alone gives ("single")
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
	case "single":
		return LevelSingle, nil
	case "any":
		return LevelAny, nil
	}
	return 0, fmt.Errorf("--fail-on %q: want conflict, rising, single or any", s)
}

func (l Level) String() string {
	switch l {
	case LevelConflict:
		return "conflict"
	case LevelRising:
		return "rising"
	case LevelSingle:
		return "single"
	}
	return "any"
}

// levelOf is the level of a finding, from its status.
func levelOf(f compare.Finding) Level {
	switch {
	case f.Status == compare.Conflict && f.Evolving:
		return LevelRising
	case f.Status == compare.Conflict:
		return LevelConflict
	case f.Status == compare.Single:
		return LevelSingle
	}
	return LevelAny
}

// rule is the finding's rule id in SARIF and its kind in every output.
func rule(f compare.Finding) string {
	switch f.Status {
	case compare.Conflict:
		return "conflict"
	case compare.Single:
		return "single"
	}
	return "agree"
}
