-- Repeatable (docs/adr/0037): every committed change of these tables is told to every instance
-- on channel conferences_changed; what is kept in memory from them (the year figures: days held, registrations; the next dates of the calendar;
-- shared.memory.UntilChanged) is then read again. A table a kept value comes to read gets its line here.
create or replace trigger conferences_day_changed after insert or update or delete or truncate on conferences_day
  for each statement execute function shared_notify_changed('conferences_changed');
create or replace trigger conferences_edition_changed after insert or update or delete or truncate on conferences_edition
  for each statement execute function shared_notify_changed('conferences_changed');
create or replace trigger conferences_day_block_changed after insert or update or delete or truncate on conferences_day_block
  for each statement execute function shared_notify_changed('conferences_changed');
