// Package story groups sources into stories before their facts are
// compared: a story is the sources about one happening. Two sources are of
// one story when they speak of the same names and places in the same days
// (Related); a story is the sources so linked, directly or through others
// (single link), so the grouping of a set does not depend on the order its
// sources come in, and one more source can only join stories, never split
// them (Index adds sources one at a time).
//
// Basic use:
//
//	ps := make([]story.Profile, len(docs))
//	for i, d := range docs {
//		ps[i] = story.NewProfile(d, claimsOf[d.ID])
//	}
//	for _, s := range story.Group(ps) {
//		fmt.Println(s.ID, s.Label, s.Sources)
//	}
package story
