-- The words of the published signals, newest first per word, so that a search reads the newest
-- matches of its rarest word from one index instead of walking the date index over every signal
-- (signals.overview.Words). Kept in the transaction that changes the signals, like the figures
-- (V4): one row per lexeme of a published signal's search vector, and per lexeme the number of
-- published signals that hold it (which word of a search is the rarest).
create table signals_search_word (
    lexeme    text collate "C" not null,
    seen_on   date   not null,
    signal_id bigint not null
);
create table signals_search_lexeme (
    lexeme  text collate "C" primary key,
    signals int  not null
);
-- One change: a published signal's lexemes counted (+1) or no longer counted (-1).
create type signals_search_change as (id bigint, seen_on date, search tsvector, delta int);
-- Applies changes netted per (lexeme, date, signal), so that an update that keeps a word writes
-- nothing for it and a key is never deleted and inserted by one statement; lexemes are counted in
-- a fixed order so that two writers lock their rows in the same order.
create function signals_search_apply(changes signals_search_change[]) returns void language sql as $$
  with entries as (
    select l.lexeme, c.seen_on, c.id, sum(c.delta) as delta
    from unnest(changes) c cross join lateral unnest(tsvector_to_array(c.search)) l(lexeme)
    group by 1, 2, 3
    having sum(c.delta) <> 0),
  removed as (
    delete from signals_search_word w using entries e
    where e.delta < 0 and w.lexeme = e.lexeme and w.seen_on = e.seen_on and w.signal_id = e.id),
  added as (
    insert into signals_search_word (lexeme, seen_on, signal_id)
    select lexeme, seen_on, id from entries where delta > 0)
  insert into signals_search_lexeme as l (lexeme, signals)
  select lexeme, sum(delta) from entries group by 1 having sum(delta) <> 0 order by 1
  on conflict (lexeme) do update set signals = l.signals + excluded.signals;
$$;
-- One statement's change, from its transition tables; an update counts only the signals whose
-- publication, date or words changed.
create function signals_search_changed() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    delete from signals_search_word;
    delete from signals_search_lexeme;
  elsif tg_op = 'INSERT' then
    perform signals_search_apply(array(
      select row(id, seen_on, search, 1)::signals_search_change from new_rows where published));
  elsif tg_op = 'UPDATE' then
    perform signals_search_apply(array(
      select row(n.id, n.seen_on, n.search, 1)::signals_search_change
      from new_rows n join old_rows o on o.id = n.id
      where n.published and (not o.published or o.seen_on <> n.seen_on or o.search <> n.search)
      union all
      select row(o.id, o.seen_on, o.search, -1)::signals_search_change
      from old_rows o join new_rows n on n.id = o.id
      where o.published and (not n.published or o.seen_on <> n.seen_on or o.search <> n.search)));
  else
    perform signals_search_apply(array(
      select row(id, seen_on, search, -1)::signals_search_change from old_rows where published));
  end if;
  return null;
end
$$;
create trigger signals_search_inserted after insert on signals_signal
  referencing new table as new_rows for each statement execute function signals_search_changed();
create trigger signals_search_updated after update on signals_signal
  referencing old table as old_rows new table as new_rows for each statement execute function signals_search_changed();
create trigger signals_search_deleted after delete on signals_signal
  referencing old table as old_rows for each statement execute function signals_search_changed();
create trigger signals_search_truncated after truncate on signals_signal
  for each statement execute function signals_search_changed();
-- The signals there are now; the index after the rows (one sort instead of a row at a time).
insert into signals_search_word (lexeme, seen_on, signal_id)
select l.lexeme, s.seen_on, s.id
from signals_signal s cross join lateral unnest(tsvector_to_array(s.search)) l(lexeme)
where s.published;
insert into signals_search_lexeme (lexeme, signals)
select lexeme, count(*) from signals_search_word group by 1;
-- A word's signals newest first (the order of the overview), read without the table.
create unique index signals_search_word_newest on signals_search_word (lexeme, seen_on desc, signal_id desc);
analyze signals_search_word;
analyze signals_search_lexeme;
