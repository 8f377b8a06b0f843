#!/usr/bin/env bash
# Council letter bench: on the national10 bench data (BENCH_SCALE=national for the smaller one), a
# campaign to all 342 municipalities; times queueing every letter (target <= 5 s), making every PDF
# and queueing its mail on the two cores (target <= 60 s), and delivery to a local SMTP sink on a
# free port; prints the figures. Arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/bench/lobby-letters.txt
./mvnw -q -B test -Dtest=LobbyLettersBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.scale="${BENCH_SCALE:-national10}" "$@" >target/bench-lobby.log 2>&1 \
  || { tail -50 target/bench-lobby.log; exit 1; }
rm -rf target/bench-data
cat target/bench/lobby-letters.txt
