-- The counts behind the public figures (/signalen/cijfers) and the municipality page, kept in the
-- transaction that changes the signals, so that reading them costs the same at 100,000 signals as
-- at 1,000 (a few hundred summary rows instead of two aggregates over every published signal).
--
-- signals_figure: published signals per theme, quarter (of seen_on) and province. Theme '' counts
-- every published signal once (a signal has one or more themes); province '' are signals without
-- a municipality. signals_municipality_figure: published signals per municipality.
create table signals_figure (
    theme    text not null,
    quarter  date not null,
    province text not null,
    count    int  not null,
    primary key (theme, quarter, province)
);

create table signals_municipality_figure (
    municipality text primary key,
    count        int  not null
);

-- The keys one published signal counts under: '' and each of its themes (once), its quarter, its
-- province.
create function signals_figure_keys(themes text[], seen_on date, province text)
returns table (theme text, quarter date, province text) language sql immutable as $$
  select k.theme,
         make_date(extract(year from $2)::int, (extract(month from $2)::int - 1) / 3 * 3 + 1, 1),
         coalesce($3, '')
  from (select '' as theme union select unnest($1)) k
$$;

-- One change of the figures: a published signal counted (+1) or no longer counted (-1).
create type signals_figure_change as (themes text[], seen_on date, province text, municipality text, delta int);

-- Applies changes; keys whose count does not change write nothing, and keys go in a fixed order so
-- that two writers lock summary rows in the same order.
create function signals_figure_apply(changes signals_figure_change[]) returns void language sql as $$
  insert into signals_figure as f (theme, quarter, province, count)
  select k.theme, k.quarter, k.province, sum(d.delta)
  from unnest(changes) d cross join lateral signals_figure_keys(d.themes, d.seen_on, d.province) k
  group by 1, 2, 3
  having sum(d.delta) <> 0
  order by 1, 2, 3
  on conflict (theme, quarter, province) do update set count = f.count + excluded.count;

  insert into signals_municipality_figure as f (municipality, count)
  select d.municipality, sum(d.delta)
  from unnest(changes) d
  where d.municipality is not null
  group by 1
  having sum(d.delta) <> 0
  order by 1
  on conflict (municipality) do update set count = f.count + excluded.count;
$$;

-- One statement's change, from its transition tables: +1 for every published row after it, -1 for
-- every published row before it (an update that leaves a signal's figures as they were nets out).
create function signals_figure_changed() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    delete from signals_figure;
    delete from signals_municipality_figure;
  elsif tg_op = 'INSERT' then
    perform signals_figure_apply(array(
      select row(themes, seen_on, province, municipality, 1)::signals_figure_change from new_rows where published));
  elsif tg_op = 'UPDATE' then
    perform signals_figure_apply(array(
      select row(themes, seen_on, province, municipality, 1)::signals_figure_change from new_rows where published
      union all
      select row(themes, seen_on, province, municipality, -1)::signals_figure_change from old_rows where published));
  else
    perform signals_figure_apply(array(
      select row(themes, seen_on, province, municipality, -1)::signals_figure_change from old_rows where published));
  end if;
  return null;
end
$$;

create trigger signals_figure_inserted after insert on signals_signal
  referencing new table as new_rows for each statement execute function signals_figure_changed();
create trigger signals_figure_updated after update on signals_signal
  referencing old table as old_rows new table as new_rows for each statement execute function signals_figure_changed();
create trigger signals_figure_deleted after delete on signals_signal
  referencing old table as old_rows for each statement execute function signals_figure_changed();
create trigger signals_figure_truncated after truncate on signals_signal
  for each statement execute function signals_figure_changed();

-- The signals there are now.
insert into signals_figure (theme, quarter, province, count)
select k.theme, k.quarter, k.province, count(*)
from signals_signal s cross join lateral signals_figure_keys(s.themes, s.seen_on, s.province) k
where s.published
group by 1, 2, 3;

insert into signals_municipality_figure (municipality, count)
select municipality, count(*) from signals_signal where published and municipality is not null group by 1;
