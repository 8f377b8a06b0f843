-- Retention (signals.reporting.ReporterRetention): closed signals that still hold their reporter's
-- name or address, by their last change. Only those rows are in the index.
create index signals_signal_closed_reporter on signals_signal (updated_at)
    where (reporter_email is not null or reporter_name is not null)
      and (status in ('AFGEROND', 'NIET_GEPUBLICEERD') or merged_into is not null);
