-- One-off events of the alliance (a national symposium, regional working meetings, round-table
-- sessions): what the secretariat announces. The places, registrations and their mails are the
-- conferences module's (conferences_day row "occasion_id", docs/adr/0031), not kept here.
create table events_event (
    id           bigint generated always as identity primary key,
    kind         text        not null check (kind in ('symposium', 'working_meeting', 'round_table', 'other')),
    title        text        not null,
    held_on      date        not null,
    starts_at    time        not null,
    ends_at      time        not null,
    venue        text        not null,
    address      text        not null,
    town         text        not null,
    region       text,
    program      text        not null default '',
    capacity     int         not null check (capacity >= 0),
    closes_on    date        not null,
    status       text        not null default 'announced' check (status in ('announced', 'cancelled')),
    -- raised on every change a calendar shows, and on cancelling (the calendar's and the mails' SEQUENCE)
    sequence     int         not null default 0,
    occasion_id  bigint      not null unique,
    created_at   timestamptz not null default now(),
    changed_at   timestamptz not null default now(),
    cancelled_at timestamptz,
    check (ends_at > starts_at),
    check (closes_on <= held_on)
);
-- the public list (upcoming from today, then past) and the calendar read by date
create index events_event_held_on on events_event (held_on, id);
