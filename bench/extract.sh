#!/usr/bin/env bash
# Extraction throughput on one core: the whole pipeline (sources.Parse, then
# claims.Extract) over 200 generated articles with the figure density of real
# news and over the dense worst case, and its stages alone. Each benchmark
# runs COUNT times (default 10) and the best run is printed, in MB per
# second of wall time and per second of CPU time: on a shared machine single
# runs vary with the other work on it, and the best run is the one it
# disturbed least.
#
#   bash bench/extract.sh            # best of 10
#   COUNT=3 bash bench/extract.sh    # quicker
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-10}
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go test -c -o "$bin/claims.test" ./claims
go test -c -o "$bin/mention.test" ./claims/mention
go test -c -o "$bin/sources.test" ./sources
run() { # package directory, test binary, benchmark regexp
	(cd "$1" && "$bin/$2.test" -test.run '^$' -test.bench "$3" -test.cpu 1 -test.count "$count" -test.benchmem)
}
{
	run sources sources 'Parse$'
	run claims claims 'Extract$|Claims$'
	run claims/mention mention 'FindMentions$|FindMentionsNews$|Qualify$'
} | awk '
	/^Benchmark/ {
		name = $1; mbs = 0; cpu = 0
		for (i = 2; i <= NF; i++) {
			if ($(i) == "MB/s") mbs = $(i-1)
			if ($(i) == "MB/cpu-s") cpu = $(i-1)
		}
		if (mbs > best[name]) best[name] = mbs
		if (cpu > bestcpu[name]) bestcpu[name] = cpu
		if (!(name in seen)) { seen[name] = 1; order[++n] = name }
	}
	END {
		printf "%-32s %10s %12s\n", "benchmark (best of runs)", "MB/s", "MB/cpu-s"
		for (i = 1; i <= n; i++) {
			c = bestcpu[order[i]] ? sprintf("%12.1f", bestcpu[order[i]]) : sprintf("%12s", "-")
			printf "%-32s %10.1f %s\n", order[i], best[order[i]], c
		}
	}'
