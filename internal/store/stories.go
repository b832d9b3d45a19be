package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/sources"
)

// A store keeps each source's story (claims/story) from when the source was
// stored: story_sources holds its story, its profile and the similarity with
// its nearest related source; story_keys the keys it is found by; stories
// each story's label and dates. Storing a source reads only the sources its
// keys find and the stories they belong to, and regroups those alone: a
// new source never makes the store group the archive again.

// storiesLock names the lock that serialises story assignment across
// concurrent writers (PostgreSQL; SQLite has one writer at a time).
const storiesLock = "\x01stories"

// member is a stored source's row of story_sources.
type member struct {
	story   string
	nearest float64
	profile story.Profile
}

// assignStory places source id, read as doc with the claims cl, in a story,
// inside tx: it finds the stored sources the new profile's probes reach,
// regroups the stories of those it is related to (and the source's own
// earlier story), and writes the stories that changed.
func (s *sqlStore) assignStory(ctx context.Context, tx *sql.Tx, id string, doc *sources.Document, cl []claims.Claim) error {
	if err := s.d.lockSource(ctx, tx, storiesLock); err != nil {
		return err
	}
	p := story.NewProfile(doc, cl)
	p.Source = id
	touched := map[string]bool{}
	old, err := s.members(ctx, tx, `WHERE source_id = ?`, p.Source)
	if err != nil {
		return err
	}
	// a source stored before: its neighbours whose nearest it was look for
	// their nearest again, without it
	lowered := map[string]float64{}
	if m, ok := old[p.Source]; ok {
		touched[m.story] = true
		if err := s.forget(ctx, tx, m.profile, lowered, touched); err != nil {
			return err
		}
	}
	nearestOf := func(id string, stored float64) float64 {
		if n, ok := lowered[id]; ok {
			return n
		}
		return stored
	}
	for _, q := range []string{`DELETE FROM story_sources WHERE source_id = ?`, `DELETE FROM story_keys WHERE source_id = ?`} {
		if err := s.exec(ctx, tx, q, p.Source); err != nil {
			return err
		}
	}
	cands, err := s.candidates(ctx, tx, p)
	if err != nil {
		return err
	}
	// the new source's nearest related source, and it as the nearest of
	// theirs; the stories that may change are those of the sources it
	// links to and of those whose nearest it becomes (their links weaken)
	var nearest float64
	sims := map[string]float64{}
	raised := map[string]float64{}
	for id, m := range cands {
		if id == p.Source || !story.Related(p, m.profile) {
			continue
		}
		sim := story.Similarity(p, m.profile)
		sims[id] = sim
		nearest = max(nearest, sim)
		if sim > nearestOf(id, m.nearest) {
			raised[id] = sim
		}
	}
	for id, sim := range sims {
		m := cands[id]
		if raised[id] != 0 || sim >= story.Closeness*min(nearest, nearestOf(id, m.nearest)) {
			touched[m.story] = true
		}
	}
	ids := make([]string, 0, len(touched))
	for id := range touched {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	members := map[string]member{}
	for _, id := range ids {
		ms, err := s.members(ctx, tx, `WHERE story_id = ?`, id)
		if err != nil {
			return err
		}
		for src, m := range ms {
			if src != p.Source {
				members[src] = m
			}
		}
	}
	srcs := make([]string, 0, len(members)+1)
	for src := range members {
		srcs = append(srcs, src)
	}
	sort.Strings(srcs)
	ps := make([]story.Profile, 0, len(srcs)+1)
	near := make([]float64, 0, len(srcs)+1)
	changed := map[string]bool{}
	for _, src := range srcs {
		m := members[src]
		if n := nearestOf(src, m.nearest); n != m.nearest {
			m.nearest, changed[src] = n, true
		}
		if r, ok := raised[src]; ok {
			m.nearest, changed[src] = r, true
		}
		members[src] = m
		ps = append(ps, m.profile)
		near = append(near, m.nearest)
	}
	ps = append(ps, p)
	near = append(near, nearest)
	for _, id := range ids {
		if err := s.exec(ctx, tx, `DELETE FROM stories WHERE id = ?`, id); err != nil {
			return err
		}
	}
	for _, set := range story.Linked(ps, near) {
		st := story.NewStory(set)
		for _, q := range set {
			if q.Source == p.Source {
				continue
			}
			if m := members[q.Source]; m.story != st.ID || changed[q.Source] {
				if err := s.exec(ctx, tx, `UPDATE story_sources SET story_id = ?, nearest = ? WHERE source_id = ?`, st.ID, m.nearest, q.Source); err != nil {
					return err
				}
			}
		}
		if err := s.putStory(ctx, tx, st); err != nil {
			return err
		}
		if slices.Contains(st.Sources, p.Source) {
			if err := s.putMember(ctx, tx, p, st.ID, nearest); err != nil {
				return err
			}
		}
	}
	return nil
}

// forget reads again, without the stored profile prev, the nearest
// similarity of each stored source whose nearest it was (into lowered),
// and marks their stories touched: prev is being replaced.
func (s *sqlStore) forget(ctx context.Context, tx *sql.Tx, prev story.Profile, lowered map[string]float64, touched map[string]bool) error {
	cands, err := s.candidates(ctx, tx, prev)
	if err != nil {
		return err
	}
	for id, x := range cands {
		if !story.Related(prev, x.profile) || story.Similarity(prev, x.profile) < x.nearest {
			continue
		}
		theirs, err := s.candidates(ctx, tx, x.profile)
		if err != nil {
			return err
		}
		var n float64
		for yid, y := range theirs {
			if yid != prev.Source && story.Related(x.profile, y.profile) {
				n = max(n, story.Similarity(x.profile, y.profile))
			}
		}
		lowered[id] = n
		touched[x.story] = true
	}
	return nil
}

// putStory writes a story's row, replacing the one of the same id.
func (s *sqlStore) putStory(ctx context.Context, tx *sql.Tx, st story.Story) error {
	return s.exec(ctx, tx, `INSERT INTO stories (id, label, first_day, last_day, phrases) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET label = excluded.label, first_day = excluded.first_day, last_day = excluded.last_day, phrases = excluded.phrases`,
		st.ID, st.Label, st.From, st.To, strings.Join(st.Phrases, "\n"))
}

// putMember writes a source's story, profile and keys.
func (s *sqlStore) putMember(ctx context.Context, tx *sql.Tx, p story.Profile, id string, nearest float64) error {
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	placed := 0
	if p.Placed() {
		placed = 1
	}
	version := profileVersion(data)
	if err := s.exec(ctx, tx, `INSERT INTO story_sources (source_id, story_id, placed, nearest, version, profile) VALUES (?, ?, ?, ?, ?, ?)`,
		p.Source, id, placed, nearest, version, string(data)); err != nil {
		return err
	}
	s.profiles.put(p.Source, version, p)
	// the keys in one statement (or a few): a statement each was a third
	// of the time a source's story took
	keys := dedupe(story.Keys(p))
	per := min(s.d.maxParams()/3, 100)
	for start := 0; start < len(keys); start += per {
		part := keys[start:min(start+per, len(keys))]
		args := make([]any, 0, 3*len(part))
		for _, k := range part {
			args = append(args, k, keyTerm(k), p.Source)
		}
		if err := s.exec(ctx, tx, `INSERT INTO story_keys (term_key, term, source_id) VALUES (?, ?, ?)`+strings.Repeat(", (?, ?, ?)", len(part)-1), args...); err != nil {
			return err
		}
	}
	return nil
}

// keyTerm is the term of a key (story.Keys): what precedes its last
// story.KeySep.
func keyTerm(k string) string { return k[:strings.LastIndex(k, story.KeySep)] }

func dedupe(xs []string) []string {
	sort.Strings(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// members reads rows of story_sources, by source id. Profiles come from
// the store's cache when it holds the row's version of them: a source's
// profile is read from the database once a process, not once a neighbour.
func (s *sqlStore) members(ctx context.Context, tx *sql.Tx, where string, args ...any) (map[string]member, error) {
	rows, err := tx.QueryContext(ctx, s.d.rebind(`SELECT source_id, story_id, nearest, version FROM story_sources `+where), args...)
	if err != nil {
		return nil, err
	}
	out := map[string]member{}
	var missing []string
	versions := map[string]string{}
	for rows.Next() {
		var src, version string
		var m member
		if err := rows.Scan(&src, &m.story, &m.nearest, &version); err != nil {
			rows.Close()
			return nil, err
		}
		if p, ok := s.profiles.get(src, version); ok {
			m.profile = p
		} else {
			missing = append(missing, src)
			versions[src] = version
		}
		out[src] = m
		s.profilesRead.Add(1)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	per := min(s.d.maxParams()-1, 500)
	for start := 0; start < len(missing); start += per {
		part := missing[start:min(start+per, len(missing))]
		args := make([]any, len(part))
		for i, k := range part {
			args[i] = k
		}
		rows, err := tx.QueryContext(ctx, s.d.rebind(`SELECT source_id, profile FROM story_sources WHERE source_id IN (?`+strings.Repeat(", ?", len(part)-1)+`)`), args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var src, data string
			if err := rows.Scan(&src, &data); err != nil {
				rows.Close()
				return nil, err
			}
			m := out[src]
			if err := json.Unmarshal([]byte(data), &m.profile); err != nil {
				rows.Close()
				return nil, fmt.Errorf("story of %s: %w", src, err)
			}
			out[src] = m
			s.profiles.put(src, versions[src], m.profile)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// profileCache keeps decoded story profiles by source id and version, up
// to a bound: a store's writer compares each new source with its
// neighbours, which are mostly the sources stored just before it.
type profileCache struct {
	mu sync.Mutex
	m  map[string]cachedProfile
}

type cachedProfile struct {
	version string
	profile story.Profile
}

// maxCachedProfiles bounds the cache (about 2 KB a profile).
const maxCachedProfiles = 20000

func (c *profileCache) get(src, version string) (story.Profile, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[src]
	return e.profile, ok && e.version == version
}

func (c *profileCache) put(src, version string, p story.Profile) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxCachedProfiles {
		c.m = map[string]cachedProfile{}
	}
	c.m[src] = cachedProfile{version, p}
}

// profileVersion names a profile's content, so that a cached copy is used
// only while the stored one is the same.
func profileVersion(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:8])
}

// candidates reads the stored sources p's probes find (story.Probes).
func (s *sqlStore) candidates(ctx context.Context, tx *sql.Tx, p story.Profile) (map[string]member, error) {
	keys, terms := story.Probes(p)
	found := map[string]bool{}
	// the sources that share MinShared terms with p (a term counts once,
	// however many of its keys find a source), counted here rather than
	// by GROUP BY: the rows of term_key and source_id are read from the
	// primary key's index alone
	byKeys := func(vals []string) error {
		if len(vals) == 0 {
			return nil
		}
		vals = dedupe(vals)
		args := make([]any, len(vals))
		for i, k := range vals {
			args[i] = k
		}
		rows, err := tx.QueryContext(ctx, s.d.rebind(`SELECT term_key, source_id FROM story_keys WHERE term_key IN (?`+strings.Repeat(", ?", len(vals)-1)+`)`), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		terms := map[string]map[string]bool{} // source -> the terms that found it
		for rows.Next() {
			var v, src string
			if err := rows.Scan(&v, &src); err != nil {
				return err
			}
			if found[src] {
				continue
			}
			ts := terms[src]
			if ts == nil {
				ts = map[string]bool{}
				terms[src] = ts
			}
			ts[keyTerm(v)] = true
		}
		if err := rows.Err(); err != nil {
			return err
		}
		for src, ts := range terms {
			if len(ts) >= story.MinShared {
				found[src] = true
			}
		}
		return nil
	}
	if err := byKeys(keys); err != nil {
		return nil, err
	}
	// an undated source's terms are found with any time: here the rows
	// are many (every key of each term), and counting them in the
	// database is the cheaper
	if len(terms) > 0 {
		terms = dedupe(terms)
		args := make([]any, 0, len(terms)+1)
		for _, t := range terms {
			args = append(args, t)
		}
		args = append(args, story.MinShared)
		rows, err := tx.QueryContext(ctx, s.d.rebind(`SELECT source_id FROM story_keys WHERE term IN (?`+strings.Repeat(", ?", len(terms)-1)+`)
			GROUP BY source_id HAVING COUNT(DISTINCT term) >= ?`), args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var src string
			if err := rows.Scan(&src); err != nil {
				rows.Close()
				return nil, err
			}
			found[src] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	delete(found, p.Source)
	if len(found) == 0 {
		return map[string]member{}, nil
	}
	per := min(s.d.maxParams()-1, 500)
	ids := make([]string, 0, len(found))
	for id := range found {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := map[string]member{}
	for start := 0; start < len(ids); start += per {
		part := ids[start:min(start+per, len(ids))]
		args := make([]any, len(part))
		for i, k := range part {
			args[i] = k
		}
		ms, err := s.members(ctx, tx, `WHERE source_id IN (?`+strings.Repeat(", ?", len(part)-1)+`)`, args...)
		if err != nil {
			return nil, err
		}
		for k, v := range ms {
			out[k] = v
		}
	}
	return out, nil
}

// Stories returns the stories of the stored sources f selects, as they were
// assigned when the sources were stored, settled (story.SettleStories);
// each lists the selected sources only. missing lists the selected sources
// that have no story: stored before stories were kept.
func (s *sqlStore) Stories(ctx context.Context, f Filter) (ss []story.Story, missing []string, err error) {
	err = s.read(ctx, func(q querier) error {
		srcs, err := s.sources(ctx, q, f)
		if err != nil {
			return err
		}
		published := map[string]string{}
		for _, src := range srcs {
			published[src.ID] = storeDay(src.Published)
		}
		rows, err := q.QueryContext(ctx, `SELECT m.source_id, m.story_id, m.placed, st.label, st.first_day, st.last_day, st.phrases
			FROM story_sources m JOIN stories st ON st.id = m.story_id ORDER BY m.source_id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		byID := map[string]*story.Story{}
		placed := map[string]bool{}
		seen := map[string]bool{}
		for rows.Next() {
			var src, id, label, from, to, phrases string
			var pl int
			if err := rows.Scan(&src, &id, &pl, &label, &from, &to, &phrases); err != nil {
				return err
			}
			if _, ok := published[src]; !ok {
				continue
			}
			seen[src] = true
			placed[src] = pl != 0
			st := byID[id]
			if st == nil {
				st = &story.Story{ID: id, Label: label, From: from, To: to}
				if phrases != "" {
					st.Phrases = strings.Split(phrases, "\n")
				}
				byID[id] = st
			}
			st.Sources = append(st.Sources, src)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		for _, src := range srcs {
			if !seen[src.ID] {
				missing = append(missing, src.ID)
			}
		}
		for _, st := range byID {
			ss = append(ss, *st)
		}
		story.Sort(ss)
		ss = story.SettleStories(ss, func(src string) bool { return placed[src] }, func(src string) string { return published[src] })
		return nil
	})
	return ss, missing, s.wrap(err)
}

func storeDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
