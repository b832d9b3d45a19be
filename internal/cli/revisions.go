package cli

import (
	"context"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/internal/store"
	"github.com/claimdiff/claimdiff/sources"
)

// revisionsOf is a stored record's revisions as history reads them.
func revisionsOf(r store.Record) []history.Revision {
	out := make([]history.Revision, len(r.Revisions))
	for i, rev := range r.Revisions {
		out[i] = history.Revision{Number: rev.Revision, Ingested: rev.Ingested, Document: rev.Document, Claims: rev.Claims}
	}
	return out
}

// storeTrail reads the earlier revisions of the stored sources f selects,
// for compare to show the figures a source revised.
func storeTrail(ctx context.Context, st store.Store, f store.Filter) (*history.Trail, error) {
	srcs, err := st.Sources(ctx, f)
	if err != nil {
		return nil, err
	}
	var hs []history.History
	for _, s := range srcs {
		if s.Revision < 2 {
			continue
		}
		r, err := st.Record(ctx, s.ID)
		if err != nil {
			return nil, err
		}
		hs = append(hs, history.Build(r.ID, revisionsOf(r)))
	}
	return history.NewTrail(hs...), nil
}

// compare compares the loaded claims story by story, with the earlier
// figures of their sources' revisions beside them when there are any.
//
// With claimsUsedOnce, l.Claims is emptied first: compare works on a copy
// of the claims, and the findings carry their own, so holding the
// extracted ones too would keep a third copy of every claim alive.
func (l *loaded) compare(opt compare.Options) []compare.Finding {
	cl := l.Claims
	a := story.Assign(l.stories())
	if l.claimsUsedOnce {
		l.Claims = nil
	}
	engine := byStory(a, opt)
	return l.Trail.Compare(cl, engine)
}

// checkTrails are the trails of `check NEW... --store S`: before the
// change, the stored sources' revisions; after it, the same with each new
// file whose id a stored source has as that source's latest revision, so
// that a figure the file changes shows as revised.
func checkTrails(ctx context.Context, o inputOptions, fresh *loaded) (before, after *history.Trail, err error) {
	st, f, err := openSelected(ctx, o.Store, o.Sources, o.Since)
	if err != nil {
		return nil, nil, err
	}
	defer st.Close()
	srcs, err := st.Sources(ctx, f)
	if err != nil {
		return nil, nil, err
	}
	docs := map[string]*sources.Document{}
	for _, d := range fresh.Docs {
		docs[d.ID] = d
	}
	byID := map[string][]claims.Claim{}
	for _, c := range fresh.Claims {
		byID[c.Source] = append(byID[c.Source], c)
	}
	now := time.Now()
	var hb, ha []history.History
	for _, s := range srcs {
		d, isNew := docs[s.ID]
		if s.Revision < 2 && (!isNew || d.Hash == s.Hash) {
			continue
		}
		r, err := st.Record(ctx, s.ID)
		if err != nil {
			return nil, nil, err
		}
		revs := revisionsOf(r)
		hb = append(hb, history.Build(r.ID, revs))
		if isNew && d.Hash != s.Hash {
			revs = append(revs[:len(revs):len(revs)], history.Revision{Number: s.Revision + 1, Ingested: now, Document: d, Claims: byID[s.ID]})
		}
		ha = append(ha, history.Build(r.ID, revs))
	}
	return history.NewTrail(hb...), history.NewTrail(ha...), nil
}
