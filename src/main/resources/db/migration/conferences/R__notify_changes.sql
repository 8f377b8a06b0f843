-- Repeatable (docs/adr/0037): a committed change of these tables is told to every instance on the
-- channel, and what is kept in memory from them is read again: the year figures (days held,
-- registrations) and the next dates of the calendar. A table that a kept value comes to read is
-- added here.
select shared_notify_changes('conferences_changed',
  'conferences_day',
  'conferences_edition',
  'conferences_day_block');
