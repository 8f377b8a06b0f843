-- Repeatable (docs/adr/0037): every committed change of these tables is told to every instance
-- on channel consultations_changed; what is kept in memory from them (the next dates of the calendar, the year figures (regional consultations held);
-- shared.memory.UntilChanged) is then read again. A table a kept value comes to read gets its line here.
create or replace trigger consultations_consultation_changed after insert or update or delete or truncate on consultations_consultation
  for each statement execute function shared_notify_changed('consultations_changed');
