#!/usr/bin/env bash
# Benchmarks of the claim store: ingest throughput (sources/s, claims/s) of
# 10,000 generated sources on SQLite and PostgreSQL, the store's part alone
# (Put), and compare --store on the full store (load, then compare).
#
# PostgreSQL: $CLAIMDIFF_TEST_POSTGRES when set, else a throwaway cluster with
# the default durability (fsync on), started and stopped here.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/postgres.sh
postgres_start durable
go test ./internal/store -run '^$' -bench 'Ingest|Put|CompareStore' -benchtime 1x -timeout 60m "$@"
