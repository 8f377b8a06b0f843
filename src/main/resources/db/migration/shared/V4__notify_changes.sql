-- One trigger function for every module that keeps something in memory until its tables change
-- (docs/adr/0037): a statement trigger names its channel as the argument, and PostgreSQL tells every
-- instance listening on that channel after the commit (shared.db.DatabaseNotifications). Equal
-- notifications of one transaction are folded into one.
create function shared_notify_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify(tg_argv[0], '');
  return null;
end
$$;

-- Puts that trigger on each of the tables (named <table>_changed; again on a second call), for a
-- module's repeatable R__notify_changes.sql:
--   select shared_notify_changes('lobby_changed', 'lobby_campaign', 'lobby_letter');
create function shared_notify_changes(channel text, variadic tables regclass[]) returns void language plpgsql as $$
declare
  t regclass;
begin
  foreach t in array tables loop
    execute format('create or replace trigger %I after insert or update or delete or truncate on %s '
                   'for each statement execute function shared_notify_changed(%L)',
                   replace(t::text, '.', '_') || '_changed', t, channel);
  end loop;
end
$$;
