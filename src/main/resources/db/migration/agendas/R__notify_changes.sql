-- Repeatable (docs/adr/0037): a committed change of these tables is told to every instance on the
-- channel, and what is kept in memory from them is read again: the year figures (agendas, steps
-- reached), the national picture and the public agenda pages and
-- the pages of practices found. A table that a kept value comes to read is added here.
select shared_notify_changes('agendas_changed',
  'agendas_agenda',
  'agendas_step',
  'agendas_party',
  'agendas_activity',
  'agendas_need',
  'agendas_practice');
