package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"
)

// applicationID marks a SQLite file as a claimdiff store ("cdif"), in the
// header field SQLite keeps for that purpose.
const applicationID = 0x63646966

// sqliteHeader opens every SQLite 3 database file.
var sqliteHeader = []byte("SQLite format 3\x00")

type sqliteDialect struct{}

func (sqliteDialect) rebind(q string) string { return q }

// Transactions begin IMMEDIATE (see the DSN), so writers take the lock up
// front and wait for each other through busy_timeout, never deadlocking.
func (sqliteDialect) lockSource(context.Context, *sql.Tx, string) error { return nil }
func (sqliteDialect) rowsPerInsert() int                                { return 1 }
func (sqliteDialect) writers() int                                      { return 1 }
func (sqliteDialect) maxParams() int                                    { return 32766 }
func (sqliteDialect) readTx() *sql.TxOptions                            { return &sql.TxOptions{ReadOnly: true} }

// busyTimeout is how long a writer waits for another process's transaction.
const busyTimeout = 60 * time.Second

func sqliteDSN(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	if readOnly {
		q.Set("mode", "ro")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

func openSQLite(ctx context.Context, path string, opt Options) (Store, error) {
	fail := func(err error) (Store, error) { return nil, &Error{Location: path, Err: err} }
	fresh, err := inspectSQLite(ctx, path, opt.Create)
	if err != nil {
		return fail(err)
	}
	if fresh {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fail(err)
		}
	}
	db, err := sql.Open("sqlite", sqliteDSN(path, false))
	if err != nil {
		return fail(err)
	}
	s := &sqlStore{db: db, d: sqliteDialect{}, location: path, now: time.Now}
	if err := s.initSQLite(ctx, fresh); err != nil {
		db.Close()
		return fail(err)
	}
	return s, nil
}

// initSQLite makes or upgrades the schema. Processes that open one new store
// at the same moment race to switch it to WAL; SQLite refuses such a switch,
// and a lock upgrade that could deadlock, with SQLITE_BUSY at once instead of
// waiting through busy_timeout. Every step is idempotent, so on BUSY the
// whole initialisation is tried again until busyTimeout has passed.
func (s *sqlStore) initSQLite(ctx context.Context, fresh bool) error {
	deadline := time.Now().Add(busyTimeout)
	wait := 5 * time.Millisecond
	for {
		err := s.initSQLiteOnce(ctx, fresh)
		if err == nil || !sqliteBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, 250*time.Millisecond)
	}
}

// sqliteBusy reports whether err is SQLite's BUSY or LOCKED, extended
// codes included.
func sqliteBusy(err error) bool {
	var se interface{ Code() int }
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code() & 0xff
	return c == 5 || c == 6
}

func (s *sqlStore) initSQLiteOnce(ctx context.Context, fresh bool) error {
	if fresh {
		// Both are kept in the file: set once, before any table exists.
		if _, err := s.db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
			return err
		}
		if _, err := s.db.ExecContext(ctx, "PRAGMA journal_mode = WAL"); err != nil {
			return err
		}
	}
	if !fresh {
		// Most opens find the schema current: check without taking the write lock.
		v, err := version(ctx, s.db)
		if err != nil {
			return err
		}
		if v == SchemaVersion {
			return nil
		}
	}
	return migrate(ctx, s.db, s.d, func(*sql.Tx) error { return nil })
}

// inspectSQLite decides, without writing anything, whether path is a store
// this binary can use. It returns fresh when there is nothing there yet (or
// an empty database) and create allows making the store.
func inspectSQLite(ctx context.Context, path string, create bool) (fresh bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		if !create {
			return false, fmt.Errorf("%w (run claimdiff ingest to make one)", ErrNotExist)
		}
		return true, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return false, err
	}
	if fi.IsDir() {
		return false, fmt.Errorf("%w: it is a directory", ErrNotStore)
	}
	if fi.Size() == 0 {
		if !create {
			return false, fmt.Errorf("%w (the file is empty; run claimdiff ingest)", ErrNotExist)
		}
		return true, nil
	}
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head[:16], sqliteHeader) {
		return false, fmt.Errorf("%w: not a SQLite database", ErrNotStore)
	}
	app := binary.BigEndian.Uint32(head[68:72])
	if app != 0 && app != applicationID {
		return false, fmt.Errorf("%w: a SQLite database of another application (application_id %#x)", ErrNotStore, app)
	}
	// Read-only from here: the tables, and the schema version.
	db, err := sql.Open("sqlite", sqliteDSN(path, true))
	if err != nil {
		return false, err
	}
	defer db.Close()
	var names []string
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
	if err != nil {
		return false, fmt.Errorf("%w: damaged or unreadable: %v", ErrNotStore, err)
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return false, fmt.Errorf("%w: damaged or unreadable: %v", ErrNotStore, err)
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return false, fmt.Errorf("%w: damaged or unreadable: %v", ErrNotStore, err)
	}
	empty, err := checkTables(names)
	if err != nil {
		return false, err
	}
	if empty {
		if !create {
			return false, fmt.Errorf("%w (the database is empty; run claimdiff ingest)", ErrNotExist)
		}
		return true, nil
	}
	if app == 0 {
		return false, fmt.Errorf("%w: a SQLite database without claimdiff's application_id", ErrNotStore)
	}
	v, err := version(ctx, db)
	if err != nil {
		return false, fmt.Errorf("%w: damaged or unreadable: %v", ErrNotStore, err)
	}
	if v > SchemaVersion {
		return false, tooNew(v)
	}
	if !create {
		return false, nil // reading writes nothing; a damaged page fails the read
	}
	// Before writing, a quick look at every page catches a damaged file.
	var ok string
	if err := db.QueryRowContext(ctx, `PRAGMA quick_check(1)`).Scan(&ok); err != nil || ok != "ok" {
		if err == nil {
			err = errors.New(ok)
		}
		return false, fmt.Errorf("%w: damaged: %v", ErrNotStore, err)
	}
	return false, nil
}
