package story

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Assignment says which story each source belongs to, and which story
// each event name stands for, so that claims can be divided by story.
type Assignment struct {
	of     map[string][]string // source id -> its stories
	called map[string][]string // an event's name, folded -> the stories whose sources name their event so
}

// Assign is the assignment of a grouping: each source to its story.
func Assign(ss []Story) Assignment {
	a := Assignment{of: map[string][]string{}, called: map[string][]string{}}
	for _, s := range ss {
		for _, src := range s.Sources {
			a.of[src] = append(a.of[src], s.ID)
		}
		for _, ph := range s.Phrases {
			a.called[ph] = append(a.called[ph], s.ID)
		}
	}
	return a
}

// Split divides claims by story, in the order of ids: each story gets the
// claims of its sources, in their order. A claim of a source that the
// assignment does not know goes to the story "" (a source read for the
// comparison but grouped with none, such as a file's earlier version).
//
// A source that speaks of another story too gives that story the claims
// it binds to it by name (a background paragraph: "the deadliest since
// Storm Lenz, which killed 52 people"): when the event a claim is bound to
// (claims.Claim.Event) is how another story's sources name their own
// event, the claim is compared there too, as a figure of that story's
// event.
func (a Assignment) Split(cl []claims.Claim) (ids []string, parts map[string][]claims.Claim) {
	parts = map[string][]claims.Claim{}
	add := func(s string, c claims.Claim) {
		if _, ok := parts[s]; !ok {
			ids = append(ids, s)
		}
		parts[s] = append(parts[s], c)
	}
	for _, c := range cl {
		ss := a.of[c.Source]
		if len(ss) == 0 {
			ss = []string{""}
		}
		for _, s := range ss {
			add(s, c)
		}
		if c.Event == "" || len(a.called) == 0 {
			continue
		}
		for _, other := range a.called[strings.ToLower(c.Event)] {
			if !slices.Contains(ss, other) {
				bg := c
				bg.Event = ""
				add(other, bg)
			}
		}
	}
	return ids, parts
}
