# Sourced by .ci/run (and bench/store.sh): start a throwaway PostgreSQL
# cluster on loopback for the store tests and export CLAIMDIFF_TEST_POSTGRES.
# PostgreSQL comes from the Debian packages when it is not installed. When
# anything fails the tests run without it: the PostgreSQL tests skip, saying why.
#
#   postgres_start          # fsync off: a test cluster
#   postgres_start durable  # default durability: for benchmarks
#   postgres_stop           # also run on exit

postgres_bindir() {
	if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
		dirname "$(command -v pg_ctl)"
		return
	fi
	ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

postgres_start() {
	if [ -n "${CLAIMDIFF_TEST_POSTGRES:-}" ]; then
		echo "postgres: using CLAIMDIFF_TEST_POSTGRES from the environment" >&2
		return 0
	fi
	local bin
	bin=$(postgres_bindir)
	if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
		echo "postgres: not installed; installing from Debian packages" >&2
		if ! { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null &&
			DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }; then
			echo "postgres: install failed; the PostgreSQL store tests will skip" >&2
			return 0
		fi
		bin=$(postgres_bindir)
	fi
	# initdb refuses to run as root: run the server as the postgres user.
	local run=()
	if [ "$(id -u)" = 0 ]; then
		if ! id postgres >/dev/null 2>&1; then
			useradd --system --no-create-home postgres >/dev/null 2>&1 || true
		fi
		run=(runuser -u postgres --)
	fi
	POSTGRES_DIR=$(mktemp -d /tmp/claimdiff-pg.XXXXXX)
	chmod 755 "$POSTGRES_DIR"
	[ "$(id -u)" = 0 ] && chown postgres "$POSTGRES_DIR"
	local port
	for port in $(seq 54320 54399); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			break
		fi
	done
	local opts="-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_DIR -c max_connections=200"
	if [ "${1:-}" != durable ]; then
		opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
	fi
	if ! "${run[@]}" "$bin/initdb" -D "$POSTGRES_DIR/data" -U claimdiff --auth=trust -E UTF8 --no-sync >"$POSTGRES_DIR/initdb.log" 2>&1 ||
		! "${run[@]}" "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -o "$opts" -l "$POSTGRES_DIR/server.log" -w start >/dev/null; then
		echo "postgres: could not start a cluster (logs in $POSTGRES_DIR); the PostgreSQL store tests will skip" >&2
		return 0
	fi
	POSTGRES_CTL=("${run[@]}" "$bin/pg_ctl" -D "$POSTGRES_DIR/data")
	trap postgres_stop EXIT
	export CLAIMDIFF_TEST_POSTGRES="postgres://claimdiff@127.0.0.1:$port/postgres?sslmode=disable"
	echo "postgres: test cluster on 127.0.0.1:$port" >&2
}

postgres_stop() {
	if [ -n "${POSTGRES_DIR:-}" ]; then
		"${POSTGRES_CTL[@]}" -m immediate stop >/dev/null 2>&1 || true
		rm -rf "$POSTGRES_DIR"
		POSTGRES_DIR=
	fi
}
