-- Repeatable (docs/adr/0037): a committed change of these tables is told to every instance on the
-- channel, and what is kept in memory from them is read again: the work program's activities and
-- years. A table that a kept value comes to read is added here.
select shared_notify_changes('workprogram_changed',
  'workprogram_activity');
