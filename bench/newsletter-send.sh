#!/usr/bin/env bash
# Newsletter bench: 50,000 confirmed subscribers, one issue; times the set-based queueing
# (target <= 10 s) and the real outbox sender until a local SMTP sink on a free port holds every
# mail (target <= 3 minutes, >= 16,000 a minute), with the app's heap capped at -Xmx256m; prints
# the figures and the peak heap. BENCH_SUBSCRIBERS changes the number; other settings through the
# environment (e.g. ALLIANTIE_MAIL_RATE_PER_MINUTE=0 for no limit, ALLIANTIE_MAIL_CONNECTIONS=4);
# arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/bench/newsletter-send.txt
./mvnw -q -B test -Dtest=NewsletterSendBench -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx256m" -Dbench.subscribers="${BENCH_SUBSCRIBERS:-50000}" "$@" >target/bench-newsletter.log 2>&1 \
  || { tail -50 target/bench-newsletter.log; exit 1; }
rm -rf target/bench-data
cat target/bench/newsletter-send.txt
