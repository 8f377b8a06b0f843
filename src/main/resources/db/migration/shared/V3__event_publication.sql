-- Spring Modulith's event publication registry (docs/adr/0012): one row per event and listener,
-- written in the publishing transaction, completed when the listener's own transaction is done.
-- The same columns as Modulith's v2 schema for PostgreSQL; created here, not by Modulith.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);

-- Completing looks a publication up by its listener and serialized event.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
-- The retention job deletes completed ones by age.
create index event_publication_by_completion_date_idx on event_publication (completion_date);
-- Resubmission reads the incomplete ones, oldest first; they are few, so a partial index.
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;
