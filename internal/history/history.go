package history

import (
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/worddiff"
	"github.com/claimdiff/claimdiff/sources"
)

// Revision is one stored version of a source.
type Revision struct {
	Number   int               // from 1
	Ingested time.Time         // when it was stored
	Document *sources.Document // its text and metadata (published, modified)
	Claims   []claims.Claim    // its claims, in text order
}

// Op says what happened to a figure from one revision to the next.
type Op string

// What can happen to a figure.
const (
	Changed Op = "changed" // the same figure with another value: 38 → 41 deaths
	Removed Op = "removed" // the later revision no longer gives it
	Added   Op = "added"   // the later revision gives it, the earlier did not
)

// Change is what happened to one figure.
type Change struct {
	Op    Op               // changed, removed or added
	Old   *claims.Claim    // the figure in the earlier revision; nil when added
	New   *claims.Claim    // the figure in the later revision; nil when removed
	Words []worddiff.Chunk // changed: the word diff of its sentence, earlier to later
}

// TextChange sums up what changed in the text besides the figures.
type TextChange struct {
	OldTitle, NewTitle string // the titles, when the title changed; both "" otherwise
	ParagraphsChanged  int    // paragraphs (and headings) reworded
	ParagraphsAdded    int    // paragraphs only the later revision has
	ParagraphsRemoved  int    // paragraphs only the earlier revision has
	WordsAdded         int    // words only the later text has
	WordsRemoved       int    // words only the earlier text has
}

// Empty reports whether nothing changed.
func (t TextChange) Empty() bool { return t == TextChange{} }

// Step is what changed from one revision to the next.
type Step struct {
	From, To  int        // revision numbers
	Changes   []Change   // changed figures, then removed, then added, each in text order
	Unchanged int        // figures found in both with the same value
	Text      TextChange // the rest of the text
}

// Count returns how many changes of op the step holds.
func (s Step) Count(op Op) int {
	n := 0
	for _, c := range s.Changes {
		if c.Op == op {
			n++
		}
	}
	return n
}

// History is a source's revisions, oldest first, and the steps between
// them: len(Steps) == len(Revisions)-1.
type History struct {
	Source    string     // the source id
	Revisions []Revision // oldest first; the last is current
	Steps     []Step     // Steps[i] goes from Revisions[i] to Revisions[i+1]
}

// Build follows a source through its revisions, given oldest first.
func Build(source string, revs []Revision) History {
	h := History{Source: source, Revisions: revs}
	for i := 0; i+1 < len(revs); i++ {
		h.Steps = append(h.Steps, step(revs[i], revs[i+1]))
	}
	return h
}

func step(a, b Revision) Step {
	s := Step{From: a.Number, To: b.Number}
	p := pair(a.Claims, b.Claims)
	paired := make([]bool, len(b.Claims))
	var changed, removed, added []Change
	for i, j := range p {
		old := &a.Claims[i]
		if j < 0 {
			removed = append(removed, Change{Op: Removed, Old: old})
			continue
		}
		paired[j] = true
		nw := &b.Claims[j]
		if old.Value.String() == nw.Value.String() {
			s.Unchanged++
			continue
		}
		changed = append(changed, Change{Op: Changed, Old: old, New: nw, Words: worddiff.Words(old.Sentence, nw.Sentence)})
	}
	for j := range b.Claims {
		if !paired[j] {
			added = append(added, Change{Op: Added, New: &b.Claims[j]})
		}
	}
	sort.SliceStable(changed, func(x, y int) bool { return changed[x].New.Start < changed[y].New.Start })
	s.Changes = append(append(changed, removed...), added...)
	s.Text = textChange(a.Document, b.Document)
	return s
}

// maxDiffWords bounds the texts whose words are diffed; longer ones are
// summed up by paragraphs only.
const maxDiffWords = 50000

// textChange sums up how the text changed, by paragraphs and by words.
func textChange(a, b *sources.Document) TextChange {
	var t TextChange
	if a == nil || b == nil {
		return t
	}
	if a.Title != b.Title {
		t.OldTitle, t.NewTitle = a.Title, b.Title
	}
	pa, pb := paragraphs(a), paragraphs(b)
	cs := worddiff.Units(pa, pb)
	for i := 0; i < len(cs); i++ {
		switch c := cs[i]; c.Op {
		case worddiff.Delete:
			n := len(c.Words)
			if i+1 < len(cs) && cs[i+1].Op == worddiff.Insert {
				m := len(cs[i+1].Words)
				t.ParagraphsChanged += min(n, m)
				t.ParagraphsRemoved += max(0, n-m)
				t.ParagraphsAdded += max(0, m-n)
				i++
				continue
			}
			t.ParagraphsRemoved += n
		case worddiff.Insert:
			t.ParagraphsAdded += len(c.Words)
		}
	}
	wa, wb := strings.Join(pa, " "), strings.Join(pb, " ")
	if len(wa)+len(wb) > 12*maxDiffWords {
		return t
	}
	for _, c := range worddiff.Exact(wa, wb) {
		switch c.Op {
		case worddiff.Delete:
			t.WordsRemoved += len(c.Words)
		case worddiff.Insert:
			t.WordsAdded += len(c.Words)
		}
	}
	return t
}

// paragraphs are the text's mined blocks, white space folded.
func paragraphs(d *sources.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		if b.Kind.Mined() && b.Start >= 0 && b.End <= len(d.Text) && b.Start <= b.End {
			if p := strings.Join(strings.Fields(d.Text[b.Start:b.End]), " "); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}
