-- Repeatable (docs/adr/0037): a committed change of these tables is told to every instance on the
-- channel, and what is kept in memory from them is read again: the year figures (issues sent) and
-- the next dates of the calendar. A table that a kept value comes to read is added here.
select shared_notify_changes('newsletter_changed',
  'newsletter_issue');
