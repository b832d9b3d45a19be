package check

import (
	"encoding/json"
	"io"
)

// GitLab's Code Quality report: a JSON array of issues that the merge
// request widget and diff show at their lines.
type cqIssue struct {
	Description string     `json:"description"`
	CheckName   string     `json:"check_name"`
	Fingerprint string     `json:"fingerprint"`
	Severity    string     `json:"severity"`
	Location    cqLocation `json:"location"`
}

type cqLocation struct {
	Path  string  `json:"path"`
	Lines cqLines `json:"lines"`
}

type cqLines struct {
	Begin int `json:"begin"`
}

// writeCodeQuality writes the failing items and the stale baseline entries
// as a GitLab Code Quality report.
func writeCodeQuality(w io.Writer, r *Result) error {
	issues := []cqIssue{}
	for _, it := range r.Failing() {
		issues = append(issues, cqIssue{Description: it.Message, CheckName: "claimdiff/" + it.Rule, Fingerprint: it.Fingerprint,
			Severity: cqSeverity(it.Level), Location: cqLocation{Path: it.At.Path, Lines: cqLines{Begin: max(it.At.Line, 1)}}})
	}
	for _, e := range r.Stale {
		issues = append(issues, cqIssue{Description: staleMessage(e), CheckName: "claimdiff/stale-baseline", Fingerprint: "stale-" + e.Fingerprint,
			Severity: "minor", Location: cqLocation{Path: r.BaselinePath, Lines: cqLines{Begin: max(e.Line, 1)}}})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(issues)
}

func cqSeverity(l Level) string {
	switch l {
	case LevelConflict:
		return "major"
	case LevelRevised, LevelSingle:
		return "minor"
	}
	return "info"
}
