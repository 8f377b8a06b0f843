-- Repeatable (docs/adr/0037): every committed change of these tables is told to every instance
-- on channel lobby_changed; what is kept in memory from them (the next dates of the calendar, the year figures (letters, responses, consultations) and the public lobby pages;
-- shared.memory.UntilChanged) is then read again. A table a kept value comes to read gets its line here.
create or replace trigger lobby_campaign_changed after insert or update or delete or truncate on lobby_campaign
  for each statement execute function shared_notify_changed('lobby_changed');
create or replace trigger lobby_proposal_changed after insert or update or delete or truncate on lobby_proposal
  for each statement execute function shared_notify_changed('lobby_changed');
create or replace trigger lobby_letter_changed after insert or update or delete or truncate on lobby_letter
  for each statement execute function shared_notify_changed('lobby_changed');
create or replace trigger lobby_faction_changed after insert or update or delete or truncate on lobby_faction
  for each statement execute function shared_notify_changed('lobby_changed');
create or replace trigger lobby_parliament_set_changed after insert or update or delete or truncate on lobby_parliament_set
  for each statement execute function shared_notify_changed('lobby_changed');
create or replace trigger lobby_parliament_proposal_changed after insert or update or delete or truncate on lobby_parliament_proposal
  for each statement execute function shared_notify_changed('lobby_changed');
create or replace trigger lobby_faction_visit_changed after insert or update or delete or truncate on lobby_faction_visit
  for each statement execute function shared_notify_changed('lobby_changed');
create or replace trigger lobby_meeting_changed after insert or update or delete or truncate on lobby_meeting
  for each statement execute function shared_notify_changed('lobby_changed');
