-- One trigger function for every module that keeps something in memory until its tables change
-- (docs/adr/0037): a statement trigger names its channel as the argument, and PostgreSQL tells every
-- instance listening on that channel after the commit (shared.db.DatabaseNotifications). Equal
-- notifications of one transaction are folded into one.
--
--   create or replace trigger lobby_letter_changed after insert or update or delete or truncate
--     on lobby_letter for each statement execute function shared_notify_changed('lobby_changed');
create function shared_notify_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify(tg_argv[0], '');
  return null;
end
$$;
