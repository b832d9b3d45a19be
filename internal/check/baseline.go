package check

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/output"
)

// DefaultBaseline is the baseline file's name at the repository's root.
const DefaultBaseline = ".claimdiff-baseline.json"

// baselineVersion is written into every baseline file.
const baselineVersion = 1

// Baseline is the set of findings a team has reviewed and accepted. Its
// entries match findings by fingerprint alone, so moving a line, or adding a
// source that agrees with one side, keeps an entry matching.
type Baseline struct {
	Path    string  // the file it was read from and is written to
	Entries []Entry // sorted by kind, metric, subject, fingerprint

	index map[string]bool
}

// Entry is one accepted finding. Everything but the fingerprint is there for
// the people who review the file.
type Entry struct {
	Fingerprint string       `json:"fingerprint"`
	Status      string       `json:"status"`
	Kind        string       `json:"kind"`
	Metric      string       `json:"metric,omitempty"`
	Subject     string       `json:"subject,omitempty"`
	Values      []EntryValue `json:"values"`
	Note        string       `json:"note,omitempty"` // why it was accepted; kept across updates

	Line int `json:"-"` // the line of its fingerprint in the file, 0 when unknown
}

// EntryValue is one side of an accepted finding.
type EntryValue struct {
	Value   string   `json:"value"`
	Sources []string `json:"sources"`
}

type baselineFile struct {
	Version  int     `json:"version"`
	Accepted []Entry `json:"accepted"`
}

// Has reports whether the baseline accepts the fingerprint. A nil baseline
// accepts nothing.
func (b *Baseline) Has(fp string) bool {
	if b == nil {
		return false
	}
	if b.index == nil {
		b.index = map[string]bool{}
		for _, e := range b.Entries {
			b.index[e.Fingerprint] = true
		}
	}
	return b.index[fp]
}

// ReadBaseline reads a baseline file. A file that does not exist is an
// empty baseline; one that cannot be parsed is an error placed at its line.
func ReadBaseline(path string) (*Baseline, error) {
	b := &Baseline{Path: path}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return b, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	return parseBaseline(path, data)
}

// parseBaseline reads a baseline file's bytes; path names it in messages.
func parseBaseline(path string, data []byte) (*Baseline, error) {
	b := &Baseline{Path: path}
	var f baselineFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return nil, fmt.Errorf("%s:%d: %v", path, lineAt(data, int(se.Offset)), err)
		case errors.As(err, &te):
			return nil, fmt.Errorf("%s:%d: %v", path, lineAt(data, int(te.Offset)), err)
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if f.Version != baselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, want %d", path, f.Version, baselineVersion)
	}
	for i, e := range f.Accepted {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: entry %d has no fingerprint", path, i+1)
		}
		if k := bytes.Index(data, []byte(`"`+e.Fingerprint+`"`)); k >= 0 {
			f.Accepted[i].Line = lineAt(data, k)
		}
	}
	b.Entries = f.Accepted
	return b, nil
}

func lineAt(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// Update returns the baseline that accepts everything res reports: the
// entries that still match a finding (notes kept, other fields refreshed)
// and every new item. Stale entries are dropped.
func (b *Baseline) Update(res *Result) *Baseline {
	notes := map[string]string{}
	for _, e := range b.Entries {
		notes[e.Fingerprint] = e.Note
	}
	out := &Baseline{Path: b.Path}
	seen := map[string]bool{}
	add := func(f compare.Finding, fp string) {
		if seen[fp] {
			return
		}
		seen[fp] = true
		e := entryOf(f, fp)
		e.Note = notes[fp]
		out.Entries = append(out.Entries, e)
	}
	for _, f := range res.Findings {
		if fp := fingerprint(f); b.Has(fp) {
			add(f, fp)
		}
	}
	for _, it := range res.Items {
		add(it.Finding, it.Fingerprint)
	}
	sort.Slice(out.Entries, func(i, j int) bool {
		a, c := out.Entries[i], out.Entries[j]
		if a.Kind != c.Kind {
			return a.Kind < c.Kind
		}
		if a.Metric != c.Metric {
			return a.Metric < c.Metric
		}
		if a.Subject != c.Subject {
			return a.Subject < c.Subject
		}
		return a.Fingerprint < c.Fingerprint
	})
	return out
}

func entryOf(f compare.Finding, fp string) Entry {
	e := Entry{Fingerprint: fp, Status: string(f.Status), Kind: string(f.Kind), Metric: f.Metric, Subject: f.Subject, Values: []EntryValue{}}
	for _, s := range f.Sides {
		srcs := append([]string{}, s.Sources...)
		sort.Strings(srcs)
		e.Values = append(e.Values, EntryValue{Value: s.Value.String(), Sources: srcs})
	}
	return e
}

// Marshal renders the baseline as its file holds it: indented, sorted,
// ending in a newline, and never null for an empty list.
func (b *Baseline) Marshal() ([]byte, error) {
	f := baselineFile{Version: baselineVersion, Accepted: b.Entries}
	if f.Accepted == nil {
		f.Accepted = []Entry{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes the baseline to its Path.
func (b *Baseline) Write() error {
	data, err := b.Marshal()
	if err != nil {
		return err
	}
	if err := os.WriteFile(b.Path, data, 0o644); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// describe is an entry in a few words, for the stale message.
func (e Entry) describe() string {
	what := e.Metric
	if what == "" {
		what = e.Kind
	}
	if e.Subject != "" {
		what += " (" + e.Subject + ")"
	}
	var vals []string
	for _, v := range e.Values {
		vals = append(vals, v.Value)
	}
	return output.Line(what + ": " + strings.Join(vals, " vs "))
}
