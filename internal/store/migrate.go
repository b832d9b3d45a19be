package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// migration is one step of the schema. Steps are never edited once released:
// a change to the schema is a new step. The SQL is common to both back-ends.
type migration struct {
	version int
	note    string
	stmts   []string
}

var migrations = []migration{
	{1, "sources, revisions and claims", []string{
		// sources points at the current revision of each source.
		`CREATE TABLE sources (
			id          TEXT PRIMARY KEY,
			revision    INTEGER NOT NULL,
			hash        TEXT NOT NULL,
			ingested_at TEXT NOT NULL
		)`,
		// revisions keeps every version of a source: metadata, text, and
		// the rest of the document as JSON.
		`CREATE TABLE revisions (
			source_id   TEXT NOT NULL,
			revision    INTEGER NOT NULL,
			hash        TEXT NOT NULL,
			path        TEXT NOT NULL,
			format      TEXT NOT NULL,
			title       TEXT NOT NULL,
			outlet      TEXT NOT NULL,
			author      TEXT NOT NULL,
			url         TEXT NOT NULL,
			published   TEXT NOT NULL,
			ingested_at TEXT NOT NULL,
			claim_count INTEGER NOT NULL,
			text        TEXT NOT NULL,
			document    TEXT NOT NULL,
			PRIMARY KEY (source_id, revision)
		)`,
		// claims of every revision; data is the whole claim as JSON, the
		// other columns are there to query by.
		`CREATE TABLE claims (
			source_id TEXT NOT NULL,
			revision  INTEGER NOT NULL,
			seq       INTEGER NOT NULL,
			kind      TEXT NOT NULL,
			metric    TEXT NOT NULL,
			subject   TEXT NOT NULL,
			text      TEXT NOT NULL,
			data      TEXT NOT NULL,
			PRIMARY KEY (source_id, revision, seq)
		)`,
		`CREATE INDEX claims_kind_metric ON claims (kind, metric)`,
		`CREATE INDEX sources_ingested ON sources (ingested_at)`,
	}},
	{2, "the extractor stamp of each revision's claims", []string{
		// claims.ExtractorStamp of the claimdiff that extracted the claims;
		// '' for revisions stored before stamps, which count as stale.
		`ALTER TABLE revisions ADD COLUMN extractor TEXT NOT NULL DEFAULT ''`,
	}},
	{3, "stories: each source's story, assigned when it is stored", []string{
		// the story of each source's current revision; profile is its
		// claims/story profile as JSON and version a hash of it, nearest
		// the similarity with its nearest related source, placed 1 when it
		// names anything
		`CREATE TABLE story_sources (
			source_id TEXT PRIMARY KEY,
			story_id  TEXT NOT NULL,
			placed    INTEGER NOT NULL,
			nearest   DOUBLE PRECISION NOT NULL,
			version   TEXT NOT NULL,
			profile   TEXT NOT NULL
		)`,
		`CREATE INDEX story_sources_story ON story_sources (story_id)`,
		// the keys a source is found by (story.Keys), and their terms
		`CREATE TABLE story_keys (
			term_key  TEXT NOT NULL,
			term      TEXT NOT NULL,
			source_id TEXT NOT NULL,
			PRIMARY KEY (term_key, source_id)
		)`,
		`CREATE INDEX story_keys_term ON story_keys (term)`,
		`CREATE INDEX story_keys_source ON story_keys (source_id)`,
		// each story's label, dates and the names of its event (one a line)
		`CREATE TABLE stories (
			id        TEXT PRIMARY KEY,
			label     TEXT NOT NULL,
			first_day TEXT NOT NULL,
			last_day  TEXT NOT NULL,
			phrases   TEXT NOT NULL
		)`,
	}},
}

// SchemaVersion is the newest schema this binary knows.
var SchemaVersion = migrations[len(migrations)-1].version

// ourTables are the tables a claimdiff store holds, for telling a foreign
// database from ours.
var ourTables = []string{"schema_version", "sources", "revisions", "claims"}

// migrate brings the schema up to SchemaVersion inside one transaction,
// after lock (which serialises concurrent openers) has run in it.
func migrate(ctx context.Context, db *sql.DB, d dialect, lock func(*sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := lock(tx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		note       TEXT NOT NULL
	)`); err != nil {
		return err
	}
	v, err := version(ctx, tx)
	if err != nil {
		return err
	}
	if v > SchemaVersion {
		return tooNew(v)
	}
	for _, m := range migrations {
		if m.version <= v {
			continue
		}
		for _, st := range m.stmts {
			if _, err := tx.ExecContext(ctx, st); err != nil {
				return fmt.Errorf("migrate to schema %d: %w", m.version, err)
			}
		}
		if _, err := tx.ExecContext(ctx, d.rebind(`INSERT INTO schema_version (version, note) VALUES (?, ?)`), m.version, m.note); err != nil {
			return err
		}
	}
	return tx.Commit()
}

func version(ctx context.Context, q querier) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

func tooNew(v int) error {
	return fmt.Errorf("%w: it has schema version %d, this claimdiff knows up to %d; use a newer claimdiff", ErrTooNew, v, SchemaVersion)
}

// checkTables tells a claimdiff store (or an empty database) from a foreign
// one, given the names of the tables the database holds. It returns whether
// the database is empty.
func checkTables(names []string) (empty bool, err error) {
	have := map[string]bool{}
	for _, n := range names {
		have[strings.ToLower(n)] = true
	}
	if len(names) == 0 {
		return true, nil
	}
	if !have["schema_version"] {
		return false, fmt.Errorf("%w: it holds other tables and no schema_version table", ErrNotStore)
	}
	var missing []string
	for _, t := range ourTables[1:] {
		if !have[t] {
			missing = append(missing, t)
		}
	}
	if len(missing) > 0 && len(names) > 1 {
		return false, fmt.Errorf("%w: tables %s are missing", ErrNotStore, strings.Join(missing, ", "))
	}
	return false, nil
}
