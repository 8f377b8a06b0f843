-- Repeatable (docs/adr/0037): besides the signals themselves (V3__notify_changes.sql), a committed
-- change of these tables is told on signals_changed, so that what is kept in memory from them (the
-- charts of /signalen/cijfers name the themes) is read again. A table that a kept value comes to
-- read is added here.
select shared_notify_changes('signals_changed',
  'signals_theme');
