package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/sources"
)

// dialect is what differs between the back-ends; the schema and queries are
// otherwise the same SQL.
type dialect interface {
	// rebind turns the ? placeholders of a query into the back-end's own.
	rebind(q string) string
	// lockSource serialises writers of one source inside a transaction.
	lockSource(ctx context.Context, tx *sql.Tx, id string) error
	// maxParams is how many placeholders one statement may hold.
	maxParams() int
	// rowsPerInsert is 1 when a prepared one-row INSERT is the fastest way
	// to write claims, 0 when rows are best sent in batches.
	rowsPerInsert() int
	// writers is how many sources Ingest writes at once.
	writers() int
	// readTx are the options of a transaction that reads a consistent snapshot.
	readTx() *sql.TxOptions
}

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// read runs fn in a read-only transaction, so that what it reads in several
// statements is one snapshot.
func (s *sqlStore) read(ctx context.Context, fn func(q querier) error) error {
	tx, err := s.db.BeginTx(ctx, s.d.readTx())
	if err != nil {
		return s.wrap(err)
	}
	defer tx.Rollback()
	return fn(tx)
}

// sqlStore is the Store over database/sql, shared by both back-ends.
type sqlStore struct {
	db       *sql.DB
	d        dialect
	location string
	now      func() time.Time

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // prepared statements of the write path, by query

	profiles     profileCache // story profiles read or written, by source id and version
	profilesRead atomic.Int64 // story profiles looked at to assign stories (from the cache or the database), for tests that measure it
}

// prepared returns tx's handle on a statement prepared once for the store,
// so that SQLite does not parse the same SQL for every source.
func (s *sqlStore) prepared(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	s.mu.Lock()
	st, ok := s.stmts[query]
	if !ok {
		var err error
		if st, err = s.db.PrepareContext(ctx, s.d.rebind(query)); err != nil {
			s.mu.Unlock()
			return nil, err
		}
		if s.stmts == nil {
			s.stmts = map[string]*sql.Stmt{}
		}
		s.stmts[query] = st
	}
	s.mu.Unlock()
	return tx.StmtContext(ctx, st), nil
}

func (s *sqlStore) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) error {
	st, err := s.prepared(ctx, tx, query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

func (s *sqlStore) Location() string { return s.location }
func (s *sqlStore) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	return s.db.Close()
}

func (s *sqlStore) wrap(err error) error {
	if err == nil {
		return nil
	}
	return &Error{Location: s.location, Err: err}
}

func (s *sqlStore) Hash(ctx context.Context, id string) (string, error) {
	var h string
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT hash FROM sources WHERE id = ?`), id).Scan(&h)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return h, s.wrap(err)
}

func (s *sqlStore) Current(ctx context.Context) (map[string]Stored, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT s.id, s.hash, r.extractor FROM sources s
		JOIN revisions r ON r.source_id = s.id AND r.revision = s.revision`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := map[string]Stored{}
	for rows.Next() {
		var id string
		var st Stored
		if err := rows.Scan(&id, &st.Hash, &st.Extractor); err != nil {
			return nil, s.wrap(err)
		}
		out[id] = st
	}
	return out, s.wrap(rows.Err())
}

func (s *sqlStore) Put(ctx context.Context, doc *sources.Document, cl []claims.Claim) (Outcome, error) {
	var out Outcome
	err := s.inTx(ctx, func(tx *sql.Tx) (err error) {
		out, err = s.put(ctx, tx, doc, cl)
		return err
	})
	if err != nil {
		return out, s.wrap(err)
	}
	return out, nil
}

// putBatch is Put of several documents in one transaction, in order: all
// are stored, or none. SQLite writes a transaction's pages once at its
// commit, and sources stored one after another touch the same pages of
// the story tables.
func (s *sqlStore) putBatch(ctx context.Context, docs []*sources.Document, cls [][]claims.Claim) ([]Outcome, error) {
	outs := make([]Outcome, len(docs))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for i, d := range docs {
			o, err := s.put(ctx, tx, d, cls[i])
			if err != nil {
				return err
			}
			outs[i] = o
		}
		return nil
	})
	if err != nil {
		return nil, s.wrap(err)
	}
	return outs, nil
}

// put stores doc and its claims inside tx (see Put); its errors name the
// source.
func (s *sqlStore) put(ctx context.Context, tx *sql.Tx, doc *sources.Document, cl []claims.Claim) (Outcome, error) {
	var out Outcome
	err := func() error {
		if err := s.d.lockSource(ctx, tx, doc.ID); err != nil {
			return err
		}
		// One round trip: the current hash (NULL when the source is new),
		// revision and extractor, and the last revision number.
		var cur, stamp sql.NullString
		var rev sql.NullInt64
		var last int
		q, err := s.prepared(ctx, tx, `SELECT s.hash, s.revision, r.extractor,
			(SELECT COALESCE(MAX(revision), 0) FROM revisions WHERE source_id = ?)
			FROM (SELECT 1 AS one) o
			LEFT JOIN sources s ON s.id = ?
			LEFT JOIN revisions r ON r.source_id = s.id AND r.revision = s.revision`)
		if err != nil {
			return err
		}
		err = q.QueryRowContext(ctx, doc.ID, doc.ID).Scan(&cur, &rev, &stamp, &last)
		extractor := claims.ExtractorStamp()
		switch {
		case err != nil:
			return err
		case !cur.Valid:
			out = New
		case cur.String == doc.Hash && stamp.String == extractor:
			out = Unchanged
			return nil
		case cur.String == doc.Hash:
			out = Reextracted
			if err := s.replaceClaims(ctx, tx, doc.ID, int(rev.Int64), doc, cl, extractor); err != nil {
				return err
			}
			return s.assignStory(ctx, tx, doc.ID, doc, cl)
		default:
			out = Changed
		}
		if err := s.putRevision(ctx, tx, doc.ID, Revision{Revision: last + 1, Ingested: s.now(), Document: doc, Claims: cl, Extractor: extractor}, true); err != nil {
			return err
		}
		return s.assignStory(ctx, tx, doc.ID, doc, cl)
	}()
	if err != nil {
		return out, fmt.Errorf("source %s: %w", doc.ID, err)
	}
	return out, nil
}

// replaceClaims puts claims extracted again in place of revision rev's,
// with the document they were read from: the text is the same, but its
// blocks, sentences and metadata may be read otherwise by another extractor.
// The revision keeps its number and ingestion time.
func (s *sqlStore) replaceClaims(ctx context.Context, tx *sql.Tx, id string, rev int, d *sources.Document, cl []claims.Claim, extractor string) error {
	meta, err := encodeDocument(d)
	if err != nil {
		return err
	}
	if err := s.exec(ctx, tx, `DELETE FROM claims WHERE source_id = ? AND revision = ?`, id, rev); err != nil {
		return err
	}
	err = s.exec(ctx, tx, `UPDATE revisions SET path = ?, format = ?, title = ?, outlet = ?, author = ?, url = ?,
		published = ?, claim_count = ?, document = ?, extractor = ? WHERE source_id = ? AND revision = ?`,
		d.Path, d.Format, d.Title, d.Outlet, d.Author, d.URL, formatTime(d.Published), len(cl), meta, extractor, id, rev)
	if err != nil {
		return err
	}
	return s.insertClaims(ctx, tx, id, rev, cl)
}

// putRevision writes one revision and its claims, and makes it the current
// one when current is set.
func (s *sqlStore) putRevision(ctx context.Context, tx *sql.Tx, id string, r Revision, current bool) error {
	d := r.Document
	meta, err := encodeDocument(d)
	if err != nil {
		return err
	}
	err = s.exec(ctx, tx, `INSERT INTO revisions
		(source_id, revision, hash, path, format, title, outlet, author, url, published, ingested_at, claim_count, text, document, extractor)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, r.Revision, d.Hash, d.Path, d.Format, d.Title, d.Outlet, d.Author, d.URL, formatTime(d.Published),
		formatTime(r.Ingested), len(r.Claims), d.Text, meta, r.Extractor)
	if err != nil {
		return err
	}
	if err := s.insertClaims(ctx, tx, id, r.Revision, r.Claims); err != nil {
		return err
	}
	if !current {
		return nil
	}
	return s.exec(ctx, tx, `INSERT INTO sources (id, revision, hash, ingested_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, hash = excluded.hash, ingested_at = excluded.ingested_at`,
		id, r.Revision, d.Hash, formatTime(r.Ingested))
}

const claimColumns = 8

// insertClaims writes claims: one prepared row at a time where a statement
// is cheap (SQLite, in process), else as many rows per statement as the
// back-end allows (a server, a round trip away).
func (s *sqlStore) insertClaims(ctx context.Context, tx *sql.Tx, id string, rev int, cl []claims.Claim) error {
	per := s.d.maxParams() / claimColumns
	if s.d.rowsPerInsert() == 1 {
		for i, c := range cl {
			data, err := encodeClaim(c)
			if err != nil {
				return fmt.Errorf("claim %d: %w", i, err)
			}
			if err := s.exec(ctx, tx, `INSERT INTO claims (source_id, revision, seq, kind, metric, subject, text, data)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, id, rev, i, string(c.Kind), c.Metric, c.Subject, c.Text, data); err != nil {
				return err
			}
		}
		return nil
	}
	for start := 0; start < len(cl); start += per {
		end := min(start+per, len(cl))
		var q strings.Builder
		q.WriteString(`INSERT INTO claims (source_id, revision, seq, kind, metric, subject, text, data) VALUES `)
		args := make([]any, 0, (end-start)*claimColumns)
		for i := start; i < end; i++ {
			if i > start {
				q.WriteString(", ")
			}
			q.WriteString("(?, ?, ?, ?, ?, ?, ?, ?)")
			data, err := encodeClaim(cl[i])
			if err != nil {
				return fmt.Errorf("claim %d: %w", i, err)
			}
			c := cl[i]
			args = append(args, id, rev, i, string(c.Kind), c.Metric, c.Subject, c.Text, data)
		}
		if _, err := tx.ExecContext(ctx, s.d.rebind(q.String()), args...); err != nil {
			return err
		}
	}
	return nil
}

func (s *sqlStore) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

const revisionColumns = `r.source_id, r.revision, r.hash, r.path, r.format, r.title, r.outlet, r.author, r.url, r.published, r.ingested_at, r.claim_count, r.extractor`

func scanSource(rows *sql.Rows) (Source, error) {
	var src Source
	var pub, ing string
	err := rows.Scan(&src.ID, &src.Revision, &src.Hash, &src.Path, &src.Format, &src.Title, &src.Outlet,
		&src.Author, &src.URL, &pub, &ing, &src.Claims, &src.Extractor)
	if err != nil {
		return src, err
	}
	if src.Published, err = parseTime(pub); err != nil {
		return src, err
	}
	src.Ingested, err = parseTime(ing)
	return src, err
}

func (s *sqlStore) Sources(ctx context.Context, f Filter) (out []Source, err error) {
	err = s.read(ctx, func(q querier) error {
		out, err = s.sources(ctx, q, f)
		return err
	})
	return out, err
}

func (s *sqlStore) sources(ctx context.Context, db querier, f Filter) ([]Source, error) {
	q := `SELECT ` + revisionColumns + ` FROM sources s JOIN revisions r ON r.source_id = s.id AND r.revision = s.revision`
	var args []any
	if !f.Since.IsZero() {
		q += ` WHERE s.ingested_at >= ?`
		args = append(args, formatTime(f.Since))
	}
	q += ` ORDER BY s.id`
	rows, err := db.QueryContext(ctx, s.d.rebind(q), args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var all []Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, s.wrap(err)
		}
		all = append(all, src)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	// Sorted here, not by ORDER BY: PostgreSQL sorts text by the database's
	// collation, and both back-ends must list sources in the same order.
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	ids := make([]string, len(all))
	for i, src := range all {
		ids[i] = src.ID
	}
	keep, err := match(ids, f.IDs)
	if err != nil {
		return nil, err
	}
	out := all[:0]
	for _, src := range all {
		if keep[src.ID] {
			out = append(out, src)
		}
	}
	return out, nil
}

// match returns the ids that the patterns select (all when there are none). A
// pattern that selects nothing is an error, so a typo does not pass unseen.
func match(ids, patterns []string) (map[string]bool, error) {
	keep := make(map[string]bool, len(ids))
	if len(patterns) == 0 {
		for _, id := range ids {
			keep[id] = true
		}
		return keep, nil
	}
	for _, p := range patterns {
		if _, err := path.Match(p, ""); err != nil {
			return nil, fmt.Errorf("--source %q: %w", p, err)
		}
		n := 0
		for _, id := range ids {
			if ok, _ := path.Match(p, id); ok {
				keep[id] = true
				n++
			}
		}
		if n == 0 {
			return nil, fmt.Errorf("--source %q: no stored source matches", p)
		}
	}
	return keep, nil
}

func (s *sqlStore) Load(ctx context.Context, f Filter) (docs []*sources.Document, cl []claims.Claim, err error) {
	err = s.read(ctx, func(q querier) error {
		docs, cl, err = s.load(ctx, q, f)
		return err
	})
	return docs, cl, err
}

func (s *sqlStore) load(ctx context.Context, db querier, f Filter) ([]*sources.Document, []claims.Claim, error) {
	srcs, err := s.sources(ctx, db, f)
	if err != nil {
		return nil, nil, err
	}
	keep := make(map[string]bool, len(srcs))
	for _, src := range srcs {
		keep[src.ID] = true
	}
	rows, err := db.QueryContext(ctx, `SELECT r.source_id, r.text, r.document FROM sources s
		JOIN revisions r ON r.source_id = s.id AND r.revision = s.revision ORDER BY s.id`)
	if err != nil {
		return nil, nil, s.wrap(err)
	}
	var docs []*sources.Document
	for rows.Next() {
		var id, text, meta string
		if err := rows.Scan(&id, &text, &meta); err != nil {
			rows.Close()
			return nil, nil, s.wrap(err)
		}
		if !keep[id] {
			continue
		}
		d, err := decodeDocument(meta, text)
		if err != nil {
			rows.Close()
			return nil, nil, s.wrap(fmt.Errorf("source %s: %w", id, err))
		}
		docs = append(docs, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, s.wrap(err)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	cl, err := s.claims(ctx, db, Query{Filter: Filter{Since: f.Since}}, keep)
	if err != nil {
		return nil, nil, err
	}
	return docs, cl, nil
}

func (s *sqlStore) Claims(ctx context.Context, q Query) (out []claims.Claim, err error) {
	err = s.read(ctx, func(db querier) error {
		var keep map[string]bool
		if len(q.IDs) > 0 {
			srcs, err := s.sources(ctx, db, q.Filter)
			if err != nil {
				return err
			}
			keep = make(map[string]bool, len(srcs))
			for _, src := range srcs {
				keep[src.ID] = true
			}
		}
		out, err = s.claims(ctx, db, q, keep)
		return err
	})
	return out, err
}

// claims runs q, keeping only the sources in keep unless it is nil.
func (s *sqlStore) claims(ctx context.Context, db querier, q Query, keep map[string]bool) ([]claims.Claim, error) {
	sel := `SELECT c.source_id, c.data FROM claims c
		JOIN sources s ON s.id = c.source_id AND s.revision = c.revision`
	var where []string
	var args []any
	if !q.Since.IsZero() {
		where = append(where, `s.ingested_at >= ?`)
		args = append(args, formatTime(q.Since))
	}
	if q.Kind != "" {
		where = append(where, `c.kind = ?`)
		args = append(args, string(q.Kind))
	}
	if q.Metric != "" {
		where = append(where, `LOWER(c.metric) = LOWER(?)`)
		args = append(args, q.Metric)
	}
	if q.Subject != "" {
		where = append(where, `LOWER(c.subject) LIKE LOWER(?) ESCAPE '\'`)
		args = append(args, "%"+likeEscape(q.Subject)+"%")
	}
	if len(where) > 0 {
		sel += ` WHERE ` + strings.Join(where, ` AND `)
	}
	sel += ` ORDER BY c.source_id, c.seq`
	rows, err := db.QueryContext(ctx, s.d.rebind(sel), args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	type raw struct{ id, data string }
	var all []raw
	for rows.Next() {
		var r raw
		if err := rows.Scan(&r.id, &r.data); err != nil {
			return nil, s.wrap(err)
		}
		if keep == nil || keep[r.id] {
			all = append(all, r)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	// Decoding the JSON is most of the time of a large load: on every CPU.
	out := make([]claims.Claim, len(all))
	errs := make([]error, len(all))
	var wg sync.WaitGroup
	workers := max(1, runtime.GOMAXPROCS(0))
	for w := range workers {
		wg.Go(func() {
			in := interner{}
			for i := w; i < len(all); i += workers {
				out[i], errs[i] = decodeClaim(all[i].data)
				all[i].data = "" // the JSON is garbage once read
				in.claim(&out[i])
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, s.wrap(fmt.Errorf("source %s: claim: %w", all[i].id, err))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Source < out[j].Source })
	return out, nil
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func (s *sqlStore) Records(ctx context.Context, f Filter, fn func(Record) error) error {
	srcs, err := s.Sources(ctx, f)
	if err != nil {
		return err
	}
	for _, src := range srcs {
		r, err := s.record(ctx, src.ID)
		if err != nil {
			return s.wrap(fmt.Errorf("source %s: %w", src.ID, err))
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

func (s *sqlStore) Record(ctx context.Context, id string) (Record, error) {
	r, err := s.record(ctx, id)
	if errors.Is(err, sql.ErrNoRows) {
		return r, s.wrap(fmt.Errorf("source %s: %w", id, ErrNoSource))
	}
	if err != nil {
		return r, s.wrap(fmt.Errorf("source %s: %w", id, err))
	}
	return r, nil
}

// record reads every revision of one source, up to the current one.
func (s *sqlStore) record(ctx context.Context, id string) (Record, error) {
	r := Record{ID: id}
	tx, err := s.db.BeginTx(ctx, s.d.readTx())
	if err != nil {
		return r, err
	}
	defer tx.Rollback()
	var cur int
	if err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT revision FROM sources WHERE id = ?`), id).Scan(&cur); err != nil {
		return r, err
	}
	rows, err := tx.QueryContext(ctx, s.d.rebind(`SELECT revision, ingested_at, text, document, extractor FROM revisions
		WHERE source_id = ? AND revision <= ? ORDER BY revision`), id, cur)
	if err != nil {
		return r, err
	}
	for rows.Next() {
		var rev Revision
		var ing, text, meta string
		if err := rows.Scan(&rev.Revision, &ing, &text, &meta, &rev.Extractor); err != nil {
			rows.Close()
			return r, err
		}
		if rev.Ingested, err = parseTime(ing); err != nil {
			rows.Close()
			return r, err
		}
		if rev.Document, err = decodeDocument(meta, text); err != nil {
			rows.Close()
			return r, err
		}
		r.Revisions = append(r.Revisions, rev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return r, err
	}
	rows, err = tx.QueryContext(ctx, s.d.rebind(`SELECT revision, data FROM claims
		WHERE source_id = ? AND revision <= ? ORDER BY revision, seq`), id, cur)
	if err != nil {
		return r, err
	}
	defer rows.Close()
	byRev := make(map[int]*Revision, len(r.Revisions))
	for i := range r.Revisions {
		byRev[r.Revisions[i].Revision] = &r.Revisions[i]
	}
	for rows.Next() {
		var rev int
		var data string
		if err := rows.Scan(&rev, &data); err != nil {
			return r, err
		}
		c, err := decodeClaim(data)
		if err != nil {
			return r, err
		}
		if p := byRev[rev]; p != nil {
			p.Claims = append(p.Claims, c)
		}
	}
	return r, rows.Err()
}

func (s *sqlStore) PutRecord(ctx context.Context, r Record) (Outcome, error) {
	if err := r.check(); err != nil {
		return Unchanged, err
	}
	last := r.Revisions[len(r.Revisions)-1]
	var out Outcome
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := s.d.lockSource(ctx, tx, r.ID); err != nil {
			return err
		}
		var cur int
		var hash string
		err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT revision, hash FROM sources WHERE id = ?`), r.ID).Scan(&cur, &hash)
		switch {
		case err == sql.ErrNoRows:
			out = New
		case err != nil:
			return err
		default:
			out = Changed
			have, err := s.revisionHashes(ctx, tx, r.ID)
			if err != nil {
				return err
			}
			if cur == last.Revision && hash == last.Document.Hash && sameHistory(have, r) {
				out = Unchanged
				return nil
			}
		}
		// The record replaces what the store holds for the source.
		for _, table := range []string{"claims", "revisions"} {
			if out == New {
				break
			}
			if err := s.exec(ctx, tx, `DELETE FROM `+table+` WHERE source_id = ?`, r.ID); err != nil {
				return err
			}
		}
		for i, rev := range r.Revisions {
			if err := s.putRevision(ctx, tx, r.ID, rev, i == len(r.Revisions)-1); err != nil {
				return fmt.Errorf("revision %d: %w", rev.Revision, err)
			}
		}
		return s.assignStory(ctx, tx, r.ID, last.Document, last.Claims)
	})
	if err != nil {
		return out, s.wrap(fmt.Errorf("import %s: %w", r.ID, err))
	}
	return out, nil
}

func (s *sqlStore) revisionHashes(ctx context.Context, tx *sql.Tx, id string) (map[int]string, error) {
	rows, err := tx.QueryContext(ctx, s.d.rebind(`SELECT revision, hash FROM revisions WHERE source_id = ?`), id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	have := make(map[int]string)
	for rows.Next() {
		var rev int
		var h string
		if err := rows.Scan(&rev, &h); err != nil {
			return nil, err
		}
		have[rev] = h
	}
	return have, rows.Err()
}

func sameHistory(have map[int]string, r Record) bool {
	if len(have) != len(r.Revisions) {
		return false
	}
	for _, rev := range r.Revisions {
		if have[rev.Revision] != rev.Document.Hash {
			return false
		}
	}
	return true
}

// check rejects records that cannot be stored as they are.
func (r Record) check() error {
	if r.ID == "" {
		return fmt.Errorf("record without an id")
	}
	if len(r.Revisions) == 0 {
		return fmt.Errorf("record %s: no revisions", r.ID)
	}
	if !sort.SliceIsSorted(r.Revisions, func(i, j int) bool { return r.Revisions[i].Revision < r.Revisions[j].Revision }) {
		return fmt.Errorf("record %s: revisions out of order", r.ID)
	}
	seen := map[int]bool{}
	for _, rev := range r.Revisions {
		if rev.Document == nil {
			return fmt.Errorf("record %s: revision %d has no document", r.ID, rev.Revision)
		}
		if rev.Revision < 1 || seen[rev.Revision] {
			return fmt.Errorf("record %s: bad revision number %d", r.ID, rev.Revision)
		}
		seen[rev.Revision] = true
	}
	return nil
}

// rebindDollar numbers placeholders $1, $2... for PostgreSQL. No query here
// holds a ? inside a string literal.
func rebindDollar(q string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
