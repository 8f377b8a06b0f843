-- The council's clerk (griffie) of each municipality: where the lobby sends the council letter.
-- Kept by the secretariat on the register, by hand or by CSV import.
alter table network_municipality add column griffie_email text
    check (griffie_email is null or griffie_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
