-- Repeatable (docs/adr/0037): every committed change of these tables is told to every instance
-- on channel agendas_changed; what is kept in memory from them (the year figures (agendas, steps reached) and the national picture;
-- shared.memory.UntilChanged) is then read again. A table a kept value comes to read gets its line here.
create or replace trigger agendas_agenda_changed after insert or update or delete or truncate on agendas_agenda
  for each statement execute function shared_notify_changed('agendas_changed');
create or replace trigger agendas_step_changed after insert or update or delete or truncate on agendas_step
  for each statement execute function shared_notify_changed('agendas_changed');
create or replace trigger agendas_party_changed after insert or update or delete or truncate on agendas_party
  for each statement execute function shared_notify_changed('agendas_changed');
