-- A registration through the public form holds its place (or its turn on the waiting list) until
-- the link mailed to its address is confirmed, for a short time (alliantie.conferences.hold,
-- docs/adr/0027). held_until: when an unconfirmed hold lapses; confirmed_at: when the mailed link
-- was confirmed (what the secretariat or the demo makes is confirmed at once; rows from before
-- this migration count as confirmed). A lapsed hold becomes 'cancelled' with lapsed_at, so that
-- every count of active registrations and the one-per-address-and-day index leave it out; its
-- link can still confirm it, which then draws a new arrival number.
alter table conferences_registration
    add column confirmed_at timestamptz,
    add column held_until   timestamptz,
    add column lapsed_at    timestamptz;
update conferences_registration set confirmed_at = created_at;
-- a row written directly (demo, bench) is confirmed; the form's registrations write null
alter table conferences_registration alter column confirmed_at set default now();
-- the lapsed holds to free, found without reading the confirmed rows
create index conferences_registration_held on conferences_registration (day_id, held_until)
    where confirmed_at is null and status in ('registered', 'waiting');
-- only confirmed people move up from a day's waiting list, in order of arrival
create index conferences_registration_waiting_confirmed on conferences_registration (day_id, arrival)
    where status = 'waiting' and confirmed_at is not null;
