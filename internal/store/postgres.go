package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the PostgreSQL driver, "pgx"
)

type postgresDialect struct{}

func (postgresDialect) rebind(q string) string { return rebindDollar(q) }

// lockSource takes a transaction-scoped advisory lock on the source id, so
// that concurrent ingesters of one source queue up instead of both adding
// the same revision.
func (postgresDialect) lockSource(ctx context.Context, tx *sql.Tx, id string) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext('claimdiff source ' || $1))`, id)
	return err
}

func (postgresDialect) maxParams() int     { return 65535 }
func (postgresDialect) writers() int       { return 4 }
func (postgresDialect) rowsPerInsert() int { return 0 }

func (postgresDialect) readTx() *sql.TxOptions {
	return &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead}
}

// migrationLock serialises schema changes between processes.
const migrationLock = 0x63646966

func openPostgres(ctx context.Context, loc string, opt Options) (Store, error) {
	shown := redact(loc)
	fail := func(err error) (Store, error) { return nil, &Error{Location: shown, Err: err} }
	db, err := sql.Open("pgx", loc)
	if err != nil {
		return fail(err)
	}
	db.SetMaxOpenConns(8)
	db.SetConnMaxIdleTime(time.Minute)
	s := &sqlStore{db: db, d: postgresDialect{}, location: shown, now: time.Now}
	if err := s.initPostgres(ctx, opt); err != nil {
		db.Close()
		return fail(err)
	}
	return s, nil
}

func (s *sqlStore) initPostgres(ctx context.Context, opt Options) error {
	rows, err := s.db.QueryContext(ctx, `SELECT table_name FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
	if err != nil {
		return err
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	empty, err := checkTables(names)
	if err != nil {
		return err
	}
	if empty && !opt.Create {
		return fmt.Errorf("%w (the database holds no claimdiff tables; run claimdiff ingest)", ErrNotExist)
	}
	if !empty {
		v, err := version(ctx, s.db)
		if err != nil {
			return err
		}
		if v > SchemaVersion {
			return tooNew(v)
		}
		if v == SchemaVersion {
			return nil
		}
	}
	return migrate(ctx, s.db, s.d, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock)
		return err
	})
}

// redact drops the password from a URL, for messages.
func redact(loc string) string {
	u, err := url.Parse(loc)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}
