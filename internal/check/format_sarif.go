package check

import (
	"encoding/json"
	"io"
	"strings"
	"unicode/utf8"
)

// SARIF 2.1.0, with the fields GitHub code scanning reads. Results carry the
// finding's line-independent fingerprint in partialFingerprints, so an edit
// that moves a line keeps the same alert.
const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	// FingerprintKey names the fingerprint in a result's partialFingerprints.
	FingerprintKey = "claimdiffFingerprint/v1"
)

type sarifLog struct {
	Version string     `json:"version"`
	Schema  string     `json:"$schema"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string        `json:"id"`
	Name                 string        `json:"name"`
	ShortDescription     sarifText     `json:"shortDescription"`
	FullDescription      sarifText     `json:"fullDescription"`
	Help                 sarifText     `json:"help"`
	DefaultConfiguration sarifRuleConf `json:"defaultConfiguration"`
}

type sarifRuleConf struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               int                   `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

// sarifRules are the kinds of finding, always listed in this order so that
// ruleIndex is stable (a new kind goes last).
var sarifRules = []sarifRule{
	{ID: "conflict", Name: "SourcesConflict",
		ShortDescription:     sarifText{"A new source disagrees with the repository's sources"},
		FullDescription:      sarifText{"A claim of a new or changed source cannot be true together with claims other sources make about the same fact."},
		Help:                 sarifText{"Check the figure against the other sources. If the disagreement is real and accepted, record it with claimdiff check --update-baseline and commit the baseline file."},
		DefaultConfiguration: sarifRuleConf{"error"}},
	{ID: "single", Name: "SingleSourceClaim",
		ShortDescription:     sarifText{"A new fact that one source alone gives"},
		FullDescription:      sarifText{"A new or changed source makes a claim that no other source in the repository speaks of."},
		Help:                 sarifText{"Look for a second source, or accept the claim with claimdiff check --update-baseline."},
		DefaultConfiguration: sarifRuleConf{"warning"}},
	{ID: "agree", Name: "SourcesAgree",
		ShortDescription:     sarifText{"A new source agrees with the repository's sources"},
		FullDescription:      sarifText{"A claim of a new or changed source is compatible with what other sources say about the same fact."},
		Help:                 sarifText{"Nothing to do; reported with --fail-on any."},
		DefaultConfiguration: sarifRuleConf{"note"}},
	{ID: "revised", Name: "FigureRevised",
		ShortDescription:     sarifText{"A source changed one of its figures after publication"},
		FullDescription:      sarifText{"A new revision of a stored source gives another value for a figure than its earlier revision did."},
		Help:                 sarifText{"Check why the figure changed (claimdiff history shows the sentence before and after), or accept it with claimdiff check --update-baseline."},
		DefaultConfiguration: sarifRuleConf{"warning"}},
}

func ruleIndex(id string) int {
	for i, r := range sarifRules {
		if r.ID == id {
			return i
		}
	}
	return 0
}

// writeSARIF writes the failing items as SARIF results. Accepted ones are
// left out, so code scanning closes their alerts.
func writeSARIF(w io.Writer, r *Result) error {
	run := sarifRun{
		Tool:       sarifTool{sarifDriver{Name: "claimdiff", Version: r.Version, InformationURI: "https://github.com/claimdiff/claimdiff", Rules: sarifRules}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	for _, it := range r.Failing() {
		res := sarifResult{
			RuleID:              it.Rule,
			RuleIndex:           ruleIndex(it.Rule),
			Level:               sarifRules[ruleIndex(it.Rule)].DefaultConfiguration.Level,
			Message:             sarifText{it.Message + "\n\n" + strings.Join(shownDetails(it.Details), "\n")}, // all are related locations
			Locations:           []sarifLocation{location(it.At.Path, it.At.Line, it.At.Col, it.At.Text, "")},
			PartialFingerprints: map[string]string{FingerprintKey: it.Fingerprint},
		}
		for _, s := range it.Finding.Sides {
			for _, c := range s.Claims {
				if c.Path == it.At.Path && c.Start == it.At.Start {
					continue
				}
				loc := location(c.Path, c.Line, c.Col, c.Text, s.Value.String()+" in "+c.Source)
				loc.ID = len(res.RelatedLocations) + 1
				res.RelatedLocations = append(res.RelatedLocations, loc)
			}
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Version: sarifVersion, Schema: sarifSchema, Runs: []sarifRun{run}})
}

func location(path string, line, col int, text, msg string) sarifLocation {
	if line < 1 {
		line = 1
	}
	reg := sarifRegion{StartLine: line, StartColumn: col}
	if col > 0 && text != "" {
		reg.EndColumn = col + utf8.RuneCountInString(text)
		reg.Snippet = &sarifText{text}
	}
	loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{
		ArtifactLocation: sarifArtifact{URI: sarifURI(path), URIBaseID: "%SRCROOT%"},
		Region:           reg,
	}}
	if msg != "" {
		loc.Message = &sarifText{msg}
	}
	return loc
}

// sarifURI escapes a relative, slash-separated path as a URI reference.
func sarifURI(p string) string {
	const hex = "0123456789ABCDEF"
	var b []byte
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '-' || c == '_' || c == '.' || c == '~' {
			b = append(b, c)
			continue
		}
		b = append(b, '%', hex[c>>4], hex[c&15])
	}
	return string(b)
}
