-- Repeatable (docs/adr/0037): a committed change of these tables is told to every instance on the
-- channel, and what is kept in memory from them is read again: the one-off events in the calendar's
-- kept periods and next dates. A table that a kept value comes to read is added here.
select shared_notify_changes('events_changed',
  'events_event');
