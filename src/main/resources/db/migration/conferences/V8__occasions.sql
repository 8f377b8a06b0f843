-- Registration for what another module holds (docs/adr/0031): a one-off event of the events module
-- takes its places, waiting list, holds, mails and calendar file from the same registration as an
-- Alliantiedag, as a day row without an edition ("occasion"). Its owner gives what the calendar
-- file and the mails say of it: title, times, the public page (path) and the calendar UID it uses
-- in the site's calendar; the sequence is the owner's too. closes_on: the last day to register;
-- cancelled_at: the occasion does not go ahead (the row and its registrations stay, for the counts
-- and the calendar's STATUS:CANCELLED).
alter table conferences_day alter column edition_id drop not null;
alter table conferences_day
    add column title        text,
    add column path         text,
    add column calendar_uid text,
    add column starts_at    time,
    add column ends_at      time,
    add column closes_on    date,
    add column cancelled_at timestamptz;
alter table conferences_day add constraint conferences_day_owner check (
    (edition_id is not null and path is null)
    or (edition_id is null and path is not null and title is not null and calendar_uid is not null
        and starts_at is not null and ends_at is not null));
create unique index conferences_day_path on conferences_day (path) where path is not null;
-- an occasion's reports and photos are kept like a day's: on the occasion's row, without an edition
alter table conferences_file alter column edition_id drop not null;
alter table conferences_file add constraint conferences_file_owner check (edition_id is not null or day_id is not null);
