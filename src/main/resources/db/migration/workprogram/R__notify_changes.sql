-- Repeatable (docs/adr/0037): every committed change of these tables is told to every instance
-- on channel workprogram_changed; what is kept in memory from them (the work program's pages (activities and years);
-- shared.memory.UntilChanged) is then read again. A table a kept value comes to read gets its line here.
create or replace trigger workprogram_activity_changed after insert or update or delete or truncate on workprogram_activity
  for each statement execute function shared_notify_changed('workprogram_changed');
