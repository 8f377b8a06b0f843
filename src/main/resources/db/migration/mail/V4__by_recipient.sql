-- Erasing a person finds their mail by address (network.PersonErased, /mijn-gegevens).
create index mail_outbox_by_recipient on mail_outbox (lower(recipient));
