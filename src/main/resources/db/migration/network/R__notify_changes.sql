-- Repeatable (docs/adr/0037): every committed change of these tables is told to every instance
-- on channel network_changed; what is kept in memory from them (the year figures (member organisations);
-- shared.memory.UntilChanged) is then read again. A table a kept value comes to read gets its line here.
create or replace trigger network_organisation_changed after insert or update or delete or truncate on network_organisation
  for each statement execute function shared_notify_changed('network_changed');
