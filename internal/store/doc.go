// Package store keeps sources and their claims in a database, so that a
// growing folder of articles is extracted once and queried many times.
//
// One interface, Store, has two back-ends over the same schema: an embedded
// SQLite file (the default; pure Go, no C toolchain) and PostgreSQL, for a
// store shared between people and CI runners. Each source is written in one
// transaction: a source is keyed by its id and the hash of its content, the
// same content again is a no-op, and changed content becomes a new revision
// that keeps the previous text and claims.
//
// Basic use:
//
//	st, err := store.Open(ctx, ".claimdiff/claims.db", store.Options{Create: true})
//	if err != nil { ... }
//	defer st.Close()
//	sum, err := store.Ingest(ctx, st, docs, extract, nil)
//	docs, cl, err := st.Load(ctx, store.Filter{})
package store
