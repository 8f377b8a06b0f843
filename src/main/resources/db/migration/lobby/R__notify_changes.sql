-- Repeatable (docs/adr/0037): a committed change of these tables is told to every instance on the
-- channel, and what is kept in memory from them is read again: the year figures (letters,
-- responses, consultations), the next dates of the calendar and the public lobby pages and feed. A
-- table that a kept value comes to read is added here.
select shared_notify_changes('lobby_changed',
  'lobby_campaign',
  'lobby_proposal',
  'lobby_letter',
  'lobby_local_part',
  'lobby_faction',
  'lobby_parliament_set',
  'lobby_parliament_proposal',
  'lobby_faction_visit',
  'lobby_meeting');
