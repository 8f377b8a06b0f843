#!/usr/bin/env bash
# What each search of bench/search.lua costs in PostgreSQL, measured with EXPLAIN (ANALYZE, BUFFERS)
# on the statements the app runs for it (signals.overview.Search#read, and the practices, documents
# and newsletter archive searches), so that the plans can be judged without a load benchmark.
#
#   bench/search-plans.sh [psql connection options...]     e.g. -h 127.0.0.1 -p 5433 -U postgres
#
# It needs a PostgreSQL holding a bench data set, e.g. a COPY of bench/out/data-national10/postgres
# (made by `bench/run national10`; never the original while a run may use it), started by an
# unprivileged user on a free port with the PostgreSQL the app embeds:
#   cp -a bench/out/data-national10/postgres /tmp/n10 && chown -R postgres /tmp/n10 && rm -f /tmp/n10/epg-lock
#   runuser -u postgres -- /tmp/embedded-pg/PG-*/bin/postgres -D /tmp/n10 -p 5433 -k /tmp &
#
# The words are those of bench/search.lua: every single word and SEARCH_PAIRS (default 120) pairs
# drawn with a fixed seed, each on pages 1 to 3 (20 rows and one more, as the app asks). Every
# search runs SEARCH_ROUNDS (default 3) times and the fastest round counts (the first warms the
# cache). Printed: p50, p95 and max of a search's time in the database (planning + execution of
# every statement it needs; the app's prepared statements plan less often), of its execution time
# alone, of its shared buffers (hit + read), and the ten slowest searches.
# SEARCH_ONLY=signals|practices|documents|newsletter measures one search; SEARCH_PLAN=before measures
# the signal search as it was read before signals_search_word (db/migration/signals/V8).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PYTHON'
import json, os, random, re, subprocess, sys

conn = sys.argv[1:]
lua = open("bench/search.lua", encoding="utf-8").read()
words = re.findall(r'"([^"]+)"', lua[lua.index("local words"):lua.index("}")])
rounds = int(os.environ.get("SEARCH_ROUNDS", "3"))
pairs_wanted = int(os.environ.get("SEARCH_PAIRS", "120"))
only = os.environ.get("SEARCH_ONLY")
rng = random.Random(19)
pairs = [rng.choice(words) + " " + rng.choice(words) for _ in range(pairs_wanted)]
queries = words + pairs
PAGE = 20

def lit(s):
    return "'" + s.replace("'", "''") + "'"

class Psql:
    """One psql session: a statement in, its EXPLAIN (FORMAT JSON) out, up to a marker line."""
    def __init__(self):
        self.p = subprocess.Popen(["psql", *conn, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True, bufsize=1)

    def explain(self, sql):
        self.p.stdin.write("explain (analyze, buffers, format json) " + sql + ";\n\\echo @@end@@\n")
        self.p.stdin.flush()
        lines = []
        while True:
            line = self.p.stdout.readline()
            if not line:
                sys.exit("psql ended")
            if line.strip() == "@@end@@":
                break
            lines.append(line)
        plan = json.loads("".join(lines))[0]
        top = plan["Plan"]
        buffers = sum(top.get(k, 0) for k in ("Shared Hit Blocks", "Shared Read Blocks"))
        planning = plan.get("Planning", {})
        buffers += sum(planning.get(k, 0) for k in ("Shared Hit Blocks", "Shared Read Blocks"))
        self.execution += plan["Execution Time"]
        return (plan["Planning Time"] + plan["Execution Time"], buffers, int(top["Actual Rows"]))

    def rows(self, sql):
        self.p.stdin.write(sql + ";\n\\echo @@end@@\n")
        self.p.stdin.flush()
        out = []
        while True:
            line = self.p.stdout.readline()
            if line.strip() == "@@end@@":
                return out
            out.append(line.rstrip("\n").split("|"))

psql = Psql()
psql.execution = 0.0
explain = psql.explain

# --- the statements of each search, as the app runs them -----------------------------------------

SIGNAL_COLUMNS = ("id, title, left(story, 280) as excerpt, themes, municipality, province, region_key, seen_on, "
                  "case when status = 'IN_BEHANDELING' and agenda_region is not null then 'OP_DE_AGENDA' else status end as status")

def matches(q, offset, limit):
    return (f"with matches as materialized (select * from signals_signal where published and "
            f"search @@ websearch_to_tsquery('dutch', {lit(q)})) select {SIGNAL_COLUMNS} from matches "
            f"order by seen_on desc, id desc offset {offset} limit {limit}")

def signals_before(q, offset, limit):
    """signals.overview.Search#read (words, no other filter) down the date index, then the matches."""
    budget = max(1000, min(20000, (offset + limit) * 50))
    yield (f"select {SIGNAL_COLUMNS} from (select * from signals_signal where published order by seen_on desc, id desc "
           f"limit {budget}) newest where search @@ websearch_to_tsquery('dutch', {lit(q)}) "
           f"order by seen_on desc, id desc offset {offset} limit {limit}"), lambda rows: rows < limit
    yield matches(q, offset, limit), None

# signals.overview.Words#of
LEXEMES = ("with query as (select cast(websearch_to_tsquery('dutch', %s) as text) as text) "
           "select l.lexeme, coalesce(c.signals, 0) as signals, query.text ~ '[|!]' as other, "
           "query.text !~ '[<|!]' as conjunction from query "
           "left join lateral (select distinct replace(m[1], '''''', '''') as lexeme "
           "from regexp_matches(query.text, '''((?:[^'']|'''')+)''', 'g') m) l on true "
           "left join signals_search_lexeme c on c.lexeme = l.lexeme")

def signals(q, offset, limit):
    """signals.overview.Search#read (words, no other filter): the lexemes, Words#page, then the matches."""
    yield LEXEMES % lit(q), lambda rows: True
    found = psql.rows(LEXEMES % lit(q))
    if any(r[2] == "t" for r in found):
        yield from signals_before(q, offset, limit)
        return
    lexemes = sorted((int(r[1]), r[0]) for r in found if r[0] != "")
    if not lexemes or lexemes[0][0] == 0:
        return
    straight = found[0][3] == "t" and len(lexemes) <= 4
    one = straight and len(lexemes) == 1
    prefix = offset + limit if one else max(500, min(20000, (offset + limit) * 20))
    skip, offset = (offset, 0) if straight else (0, offset)
    sql = (f"select s.* from (select a.seen_on, a.signal_id from (select seen_on, signal_id from signals_search_word "
           f"where lexeme = {lit(lexemes[0][1])} order by seen_on desc, signal_id desc limit {prefix}) a")
    for i, (_, lexeme) in enumerate(lexemes[1:4], start=1):
        sql += (f" join (select seen_on, signal_id from signals_search_word where lexeme = {lit(lexeme)}"
                f" order by seen_on desc, signal_id desc) b{i} on b{i}.seen_on = a.seen_on and b{i}.signal_id = a.signal_id")
    sql += (f" order by a.seen_on desc, a.signal_id desc offset {skip}) m cross join lateral (select {SIGNAL_COLUMNS} from signals_signal"
            f" where published and search @@ websearch_to_tsquery('dutch', {lit(q)}) and id = m.signal_id offset 0) s"
            f" order by m.seen_on desc, m.signal_id desc offset {offset} limit {limit}")
    yield sql, lambda rows: not one and rows < limit and lexemes[0][0] > prefix
    yield matches(q, offset, limit), None

if os.environ.get("SEARCH_PLAN") == "before":
    signals = signals_before

def practices(q, offset, limit):
    yield (f"select id, title from agendas_practice where search @@ websearch_to_tsquery('dutch', {lit(q)}) "
           f"order by ts_rank(search, websearch_to_tsquery('dutch', {lit(q)})) desc, created_at desc, id desc "
           f"limit {limit} offset {offset}"), None

def documents(q, offset, limit):
    yield (f"select id, kind, year, theme, title, description, file_type, file_name, coalesce(file_size, 0), href, source "
           f"from documents_document where search @@ websearch_to_tsquery('dutch', {lit(q)}) "
           f"order by ts_rank(search, websearch_to_tsquery('dutch', {lit(q)})) desc, year desc, id desc "
           f"limit {limit} offset {offset}"), None

def newsletter(q, offset, limit):
    yield (f"select id, number || '/' || year, theme, sent_at, coalesce(left(sent_text, 600), '') from newsletter_issue "
           f"where status = 'SENT' and search @@ websearch_to_tsquery('dutch', {lit(q)}) "
           f"order by sent_at desc, id desc limit {limit} offset {offset}"), None

# --------------------------------------------------------------------------------------------------

def run(search, q, page):
    best = None
    for _ in range(rounds):
        ms, buffers, steps = 0.0, 0, 0
        psql.execution = 0.0
        for sql, go_on in search(q, (page - 1) * PAGE, PAGE + 1):
            t, b, rows = explain(sql)
            ms, buffers, steps = ms + t, buffers + b, steps + 1
            if go_on is None or not go_on(rows):
                break
        if best is None or ms < best[0]:
            best = (ms, buffers, steps, psql.execution)
    return best

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

for name, search in (("signals", signals), ("practices", practices), ("documents", documents),
                     ("newsletter", newsletter)):
    if only and only != name:
        continue
    results = []
    for q in queries:
        for page in (1, 2, 3):
            ms, buffers, steps, execution = run(search, q, page)
            results.append((ms, buffers, steps, q, page, execution))
    times = [r[0] for r in results]
    bufs = [r[1] for r in results]
    executions = [r[5] for r in results]
    print(f"{name}: {len(results)} searches ({len(words)} words, {len(pairs)} pairs, pages 1-3), best of {rounds}")
    print(f"  ms       p50 {pct(times, 50):7.3f}  p95 {pct(times, 95):7.3f}  max {max(times):7.3f}  mean {sum(times) / len(times):7.3f}")
    print(f"  executed p50 {pct(executions, 50):7.3f}  p95 {pct(executions, 95):7.3f}  max {max(executions):7.3f}  (ms, without planning)")
    print(f"  buffers  p50 {pct(bufs, 50):7d}  p95 {pct(bufs, 95):7d}  max {max(bufs):7d}")
    steps = sorted(set(r[2] for r in results))
    print("  statements per search: " + ", ".join(f"{n}: {sum(1 for r in results if r[2] == n)}" for n in steps))
    for ms, buffers, steps, q, page, _ in sorted(results, reverse=True)[:10]:
        print(f"    {ms:8.3f} ms {buffers:6d} buffers {steps} statement(s)  q={q!r} page {page}")
PYTHON
