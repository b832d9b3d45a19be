// Package story groups sources into stories before their facts are
// compared: a story is the sources about one happening. Each source gets a
// Profile (the names, places, event words and figures it uses most, and
// when its happening took place); two sources are related when their
// profiles are alike within days of each other (Related), linked when each
// is nearly as alike to the other as to its own nearest related source,
// and a story is the sources linked directly or through others (Group).
// The grouping of a set does not depend on the order its sources come in;
// a store adds one source at a time and regroups only the stories it
// touches (Keys, Probes, Linked with the nearest similarities it keeps),
// with the same result.
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
