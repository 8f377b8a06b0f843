-- Every committed change of the signals reaches every instance on this database (channel
-- signals_changed, shared.db.DatabaseNotifications), so that search results kept in memory are
-- dropped at once. One notification per statement; PostgreSQL sends it only after commit and
-- folds equal notifications of one transaction into one.
create function signals_notify_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('signals_changed', '');
  return null;
end
$$;

create trigger signals_signal_changed
  after insert or update or delete or truncate on signals_signal
  for each statement execute function signals_notify_changed();
