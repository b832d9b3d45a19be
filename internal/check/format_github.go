package check

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/internal/output"
)

// annotationLimit is how many annotations of one kind (error, warning,
// notice) GitHub shows for one step; the rest are summarised in one notice.
const annotationLimit = 10

// maxDetails is how many claims an annotation quotes; a fact that thirty
// sources agree on needs no thirty quotes beside the line.
const maxDetails = 8

type annotation struct {
	kind  string // "error", "warning" or "notice"
	props [][2]string
	msg   string
}

// writeGitHub writes GitHub Actions workflow commands that annotate the
// pull request at each failing item's claim: conflicts as errors,
// single-source claims as warnings, agreements as notices, stale baseline
// entries as warnings at their line of the baseline file. Past ten of a
// kind, one notice counts what was left out.
func writeGitHub(w io.Writer, r *Result) error {
	var all []annotation
	for _, it := range r.Failing() {
		details := shownDetails(it.Details)
		a := annotation{kind: githubKind(it.Level), msg: it.Message + "\n" + strings.Join(details, "\n") + "\nfingerprint " + it.Fingerprint}
		a.props = [][2]string{{"file", output.Line(it.At.Path)}, {"line", strconv.Itoa(it.At.Line)}}
		if it.At.Col > 0 {
			a.props = append(a.props, [2]string{"col", strconv.Itoa(it.At.Col)})
		}
		a.props = append(a.props, [2]string{"title", "claimdiff " + it.Title})
		all = append(all, a)
	}
	for _, e := range r.Stale {
		a := annotation{kind: "warning", msg: staleMessage(e)}
		a.props = [][2]string{{"file", output.Line(r.BaselinePath)}}
		if e.Line > 0 {
			a.props = append(a.props, [2]string{"line", strconv.Itoa(e.Line)})
		}
		a.props = append(a.props, [2]string{"title", "claimdiff stale baseline entry"})
		all = append(all, a)
	}
	count := map[string]int{}
	for _, a := range all {
		count[a.kind]++
	}
	limit := map[string]int{"error": annotationLimit, "warning": annotationLimit, "notice": annotationLimit}
	over := count["error"] > annotationLimit || count["warning"] > annotationLimit || count["notice"] > annotationLimit
	if over {
		limit["notice"]-- // room for the notice that counts the rest
	}
	shown := map[string]int{}
	for _, a := range all {
		if shown[a.kind] == limit[a.kind] {
			continue
		}
		shown[a.kind]++
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", a.kind, githubProps(a.props), escapeData(a.msg)); err != nil {
			return err
		}
	}
	if over {
		var left []string
		for _, k := range []string{"error", "warning", "notice"} {
			if n := count[k] - shown[k]; n > 0 {
				left = append(left, plural(n, k, k+"s"))
			}
		}
		msg := "claimdiff: " + strings.Join(left, ", ") + " not annotated (GitHub shows ten of each kind per step); see the job summary or the SARIF output for all of them"
		if _, err := fmt.Fprintf(w, "::notice title=%s::%s\n", escapeProperty("claimdiff: more findings"), escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// shownDetails are the first maxDetails details and a line counting the
// rest: what an annotation or a SARIF message quotes.
func shownDetails(details []string) []string {
	if len(details) <= maxDetails {
		return details
	}
	return append(details[:maxDetails:maxDetails], "… "+plural(len(details)-maxDetails, "more claim", "more claims"))
}

func githubKind(l Level) string {
	switch l {
	case LevelConflict:
		return "error"
	case LevelRevised, LevelSingle:
		return "warning"
	}
	return "notice"
}

func githubProps(props [][2]string) string {
	parts := make([]string, len(props))
	for i, p := range props {
		parts[i] = p[0] + "=" + escapeProperty(p[1])
	}
	return strings.Join(parts, ",")
}

// escapeData escapes a workflow command's message. The texts in it are
// printable already (newItem); what is escaped here is the command's own
// syntax, so that a line break or "::" in a message cannot end it.
func escapeData(s string) string {
	s = strings.ReplaceAll(s, "%", "%25")
	s = strings.ReplaceAll(s, "\r", "%0D")
	return strings.ReplaceAll(s, "\n", "%0A")
}

// escapeProperty escapes a workflow command's property value, where ':'
// and ',' also delimit.
func escapeProperty(s string) string {
	s = escapeData(s)
	s = strings.ReplaceAll(s, ":", "%3A")
	return strings.ReplaceAll(s, ",", "%2C")
}
