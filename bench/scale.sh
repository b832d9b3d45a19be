#!/usr/bin/env bash
# How compare grows with the archive: 1,000, 10,000 and 100,000 generated
# sources (internal/corpus, in STORIES stories, default 300), compared from
# files and from a SQLite store, with the real binary. For each size and
# path it prints wall time, CPU time (user + system) and peak RSS, read from
# /usr/bin/time -v, and at the end the ratio of 100k to 10k (the goal is 11
# or less: linear, with a little to spare).
#
#   bash bench/scale.sh               # 1k 10k 100k
#   bash bench/scale.sh 1k 10k        # stages: 100k takes minutes
#   RUNS=3 bash bench/scale.sh 10k    # best of 3 runs of each measure
#
# The articles and stores are kept in $SCALE_DIR (default
# /tmp/claimdiff-scale) and made again only when missing; ingest is timed
# when it runs, for information. Results are appended to
# $SCALE_DIR/results.tsv, so that stages run apart still give the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1k 10k 100k)
runs=${RUNS:-1}
stories=${STORIES:-300}
dir=${SCALE_DIR:-/tmp/claimdiff-scale}
mkdir -p "$dir"
[ -x /usr/bin/time ] || { echo "scale.sh: needs /usr/bin/time (GNU time)" >&2; exit 2; }
bin="$dir/claimdiff"
go build -o "$bin" ./cmd/claimdiff
results="$dir/results.tsv"

count() { # 1k -> 1000
	case $1 in
	*k) echo $((${1%k} * 1000)) ;;
	*) echo "$1" ;;
	esac
}

# measure NAME CMD...: runs CMD (output to /dev/null) RUNS times and keeps
# the run with the least wall time; prints "wall cpu rss_mb".
measure() {
	local best="" out
	for _ in $(seq "$runs"); do
		out=$(/usr/bin/time -v "${@}" 2>&1 >/dev/null | awk -F': ' '
			/User time/ { u = $2 }
			/System time/ { s = $2 }
			/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
			/Maximum resident set size/ { r = $2 / 1024 }
			/Exit status/ { x = $2 }
			END { printf "%.2f %.2f %.0f %s\n", w, u + s, r, x }')
		if [ "${out##* }" != 0 ]; then
			echo "scale.sh: $* failed (exit ${out##* })" >&2
			exit 1
		fi
		out=${out% *}
		if [ -z "$best" ] || awk -v a="${out%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
			best=$out
		fi
	done
	echo "$best"
}

printf "%-6s %-8s %9s %9s %9s   %s\n" sources path wall_s cpu_s rss_mb "(load $(cut -d' ' -f1-3 /proc/loadavg))"
for size in "${sizes[@]}"; do
	n=$(count "$size")
	files="$dir/files-$size"
	store="$dir/store-$size.db"
	if [ ! -f "$files/.done" ]; then
		rm -rf "$files"
		go run ./bench/gencorpus -n "$n" -stories "$stories" -o "$files"
		touch "$files/.done"
	fi
	if [ ! -f "$store.done" ]; then
		rm -f "$store" "$store-wal" "$store-shm"
		m=$(measure "$bin" ingest -q --store "$store" "$files")
		printf "%-6s %-8s %9s %9s %9s\n" "$size" ingest $m
		touch "$store.done"
	fi
	for path in files store; do
		if [ $path = files ]; then
			m=$(measure "$bin" compare -q --format json "$files")
		else
			m=$(measure "$bin" compare -q --format json --store "$store")
		fi
		printf "%-6s %-8s %9s %9s %9s\n" "$size" "$path" $m
		printf "%s\t%s\t%s\n" "$size" "$path" "$(echo $m | tr ' ' '\t')" >>"$results"
	done
done
# The ratio of the last 100k run to the last 10k run of each path.
awk -F'\t' '
	{ last[$1 "," $2] = $3 "\t" $4 "\t" $5 }
	END {
		for (p = 1; p <= 2; p++) {
			path = p == 1 ? "files" : "store"
			a = last["100k," path]; b = last["10k," path]
			if (a == "" || b == "") continue
			split(a, x, "\t"); split(b, y, "\t")
			printf "100k/10k %-6s wall %.1f  cpu %.1f  rss %.1f   (goal: 11 or less)\n", path, x[1] / y[1], x[2] / y[2], x[3] / y[3]
		}
	}' "$results"
