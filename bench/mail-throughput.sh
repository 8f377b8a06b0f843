#!/usr/bin/env bash
# Mail bench: queues 10,000 invitations and times the real outbox sender until a local SMTP sink
# holds them all; prints mails per minute (target: >= 10,000). Other settings through the
# environment, e.g. ALLIANTIE_MAIL_RATE_PER_MINUTE=0 (no limit) or ALLIANTIE_MAIL_CONNECTIONS=1;
# arguments go to Maven, e.g. -Dbench.sink=greenmail for GreenMail as the sink.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/bench/mail-throughput.txt
./mvnw -q -B test -Dtest=MailThroughputBench -Dsurefire.failIfNoSpecifiedTests=false "$@" >target/bench-mail.log 2>&1 \
  || { tail -50 target/bench-mail.log; exit 1; }
rm -rf target/bench-data
cat target/bench/mail-throughput.txt
