package check

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Format is an output format of the check.
type Format string

// The output formats. Summary is Markdown for $GITHUB_STEP_SUMMARY.
const (
	FormatText    Format = "text"
	FormatJSON    Format = "json"
	FormatSARIF   Format = "sarif"
	FormatGitHub  Format = "github"
	FormatSummary Format = "summary"
	// FormatCodeQuality is GitLab's Code Quality report.
	FormatCodeQuality Format = "codequality"
)

// formats are the formats, in the order messages list them.
var formats = []Format{FormatText, FormatJSON, FormatSARIF, FormatGitHub, FormatSummary, FormatCodeQuality}

// Formats lists the --format values, for shell completion.
func Formats() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = string(f)
	}
	return out
}

// ParseFormat reads a --format value.
func ParseFormat(s string) (Format, error) {
	if slices.Contains(formats, Format(s)) {
		return Format(s), nil
	}
	return "", fmt.Errorf("--format %q: want text, json, sarif, github, summary or codequality", s)
}

// Write renders the result in one format.
func Write(w io.Writer, f Format, r *Result) error {
	switch f {
	case FormatJSON:
		return writeJSON(w, r)
	case FormatSARIF:
		return writeSARIF(w, r)
	case FormatGitHub:
		return writeGitHub(w, r)
	case FormatSummary:
		return writeSummary(w, r, summaryLimit)
	case FormatCodeQuality:
		return writeCodeQuality(w, r)
	}
	return writeText(w, r)
}

// Summary is the result in one line: "1 new conflict, 2 accepted by the
// baseline, 1 stale baseline entry".
func (r *Result) Summary() string {
	failing := len(r.Failing())
	accepted := len(r.Items) - failing
	var what string
	switch r.FailOn {
	case LevelConflict:
		what = plural(failing, "new conflict", "new conflicts")
	case LevelRevised:
		what = plural(failing, "new conflict or revised figure", "new conflicts or revised figures")
	case LevelSingle:
		what = plural(failing, "new conflict, revised figure or single-source claim", "new conflicts, revised figures or single-source claims")
	default:
		what = plural(failing, "new finding", "new findings")
	}
	parts := []string{what}
	if accepted > 0 {
		parts = append(parts, strconv.Itoa(accepted)+" accepted by the baseline")
	}
	if len(r.Stale) > 0 {
		parts = append(parts, plural(len(r.Stale), "stale baseline entry", "stale baseline entries"))
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// staleMessage is what is said of a stale baseline entry.
func staleMessage(e Entry) string {
	return "stale baseline entry: " + e.describe() + " matches no finding any more; run with --update-baseline to drop it"
}

// position is "path:line:col" of an item's claim.
func (it Item) position() string {
	return it.At.Path + ":" + strconv.Itoa(it.At.Line) + ":" + strconv.Itoa(it.At.Col)
}
