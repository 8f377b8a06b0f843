-- network.PersonErased carries the erased person's address: contacts typed in by hand (no person
-- id) are found by it too.
create index agendas_agenda_contact_email on agendas_agenda (lower(contact_email)) where contact_email is not null;
create index agendas_party_contact_email on agendas_party (lower(contact_email)) where contact_email is not null;

-- Good practices (goede voorbeelden): what a party did somewhere, what it took and whom to ask;
-- made by the secretariat, or from a reached step (then step_id names it, once per step).
create table agendas_practice (
    id            bigserial primary key,
    title         text   not null check (length(title) between 1 and 200),
    what          text   not null check (length(what) between 1 and 4000),
    municipality  text   check (length(municipality) <= 100),
    party         text   not null default '' check (length(party) <= 200),
    themes        text   not null default '' check (length(themes) <= 300),
    took          text   not null default '' check (length(took) <= 2000),
    contact_name  text   check (length(contact_name) <= 200),
    contact_email text   check (length(contact_email) <= 200),
    step_id       bigint references agendas_step (id) on delete set null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    search        tsvector generated always as (
        setweight(to_tsvector('dutch', title), 'A')
        || setweight(to_tsvector('dutch', themes), 'A')
        || setweight(to_tsvector('dutch', what), 'B')
        || setweight(to_tsvector('dutch', coalesce(municipality, '') || ' ' || party), 'B')
        || setweight(to_tsvector('dutch', took), 'C')) stored
);
create index agendas_practice_search on agendas_practice using gin (search);
create index agendas_practice_recent on agendas_practice (created_at desc, id desc);
create unique index agendas_practice_step on agendas_practice (step_id) where step_id is not null;
create index agendas_practice_contact_email on agendas_practice (lower(contact_email)) where contact_email is not null;
