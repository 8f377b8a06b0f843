-- Erasing a person finds the signals they reported by address (network.PersonErased); most
-- signals have no address, so only those that do are in the index.
create index signals_signal_by_reporter_email on signals_signal (lower(reporter_email)) where reporter_email is not null;
