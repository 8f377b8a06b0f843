-- What each calendar entry looked like when a feed last carried it, so that the next feed raises
-- its SEQUENCE when it changed and marks an entry that disappeared from its module as cancelled
-- (RFC 5545: calendars that subscribed then update or remove it). docs/adr/0029.
create table calendar_entry (
    uid         text        primary key,
    sequence    int         not null,
    fingerprint text        not null,
    kind        text        not null check (kind in ('REGIONAL_CONSULTATION', 'ALLIANTIEDAG', 'STATE_SECRETARY',
                                                      'COUNCIL_LETTER', 'NEWSLETTER', 'EVENT')),
    day         date        not null,
    starts      time,
    ends        time,
    title       text        not null,
    place       text        not null,
    path        text,
    region_key  text,
    cancelled   boolean     not null default false,
    seen_at     timestamptz not null
);
-- the feed looks for entries of its period that are gone
create index calendar_entry_day on calendar_entry (day);
