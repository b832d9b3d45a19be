package story

import (
	"github.com/claimdiff/claimdiff/claims"
)

// Assignment says which stories each source belongs to, by source id.
type Assignment map[string][]string

// Assign is the assignment of a grouping: each source to its story.
func Assign(ss []Story) Assignment {
	a := Assignment{}
	for _, s := range ss {
		for _, src := range s.Sources {
			a[src] = append(a[src], s.ID)
		}
	}
	return a
}

// Split divides claims by story, in the order of ids: each story gets the
// claims of its sources, in their order. A claim of a source that the
// assignment does not know goes to the story "" (a source read for the
// comparison but grouped with none, such as a file's earlier version).
func (a Assignment) Split(cl []claims.Claim) (ids []string, parts map[string][]claims.Claim) {
	parts = map[string][]claims.Claim{}
	for _, c := range cl {
		ss := a[c.Source]
		if len(ss) == 0 {
			ss = []string{""}
		}
		for _, s := range ss {
			if _, ok := parts[s]; !ok {
				ids = append(ids, s)
			}
			parts[s] = append(parts[s], c)
		}
	}
	return ids, parts
}
