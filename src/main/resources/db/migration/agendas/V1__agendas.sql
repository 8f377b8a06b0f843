-- Local social agendas: one per municipality per year, with its parties, what they already do
-- (inventory 1), what is needed (inventory 2, citing published signals), small steps each owned by
-- one party with their year-end verdict, and the secretariat's advice. Steps carried on to the
-- next year point back to the step they came from, so a step's history across years stays.
create table agendas_agenda (
    id                   bigserial primary key,
    municipality         text        not null,
    province             text        not null,
    region_key           text        not null,
    year                 int         not null check (year between 2000 and 2200),
    state                text        not null default 'CONCEPT' check (state in ('CONCEPT', 'VASTGESTELD', 'AFGESLOTEN')),
    -- the organisation of the network that pulls the agenda, and its contact
    lead_organisation_id bigint,
    lead_name            text,
    contact_name         text,
    contact_email        text,
    contact_person_id    bigint,
    ambition             text        not null default '' check (length(ambition) <= 2000),
    advice               text        not null default '' check (length(advice) <= 20000),
    carried_from         bigint references agendas_agenda (id),
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    unique (municipality, year)
);
create index agendas_agenda_year on agendas_agenda (year, state, municipality);
create index agendas_agenda_province on agendas_agenda (province, year, municipality);
create index agendas_agenda_region on agendas_agenda (region_key, year, municipality);
create index agendas_agenda_state on agendas_agenda (state, year, municipality);
create index agendas_agenda_lead on agendas_agenda (lead_organisation_id) where lead_organisation_id is not null;
create index agendas_agenda_contact on agendas_agenda (contact_person_id) where contact_person_id is not null;
-- one carry-on per agenda: running it twice finds the agenda it made
create unique index agendas_agenda_carried on agendas_agenda (carried_from) where carried_from is not null;

create table agendas_party (
    id              bigserial primary key,
    agenda_id       bigint not null references agendas_agenda (id) on delete cascade,
    organisation_id bigint,
    name            text   not null check (length(name) between 1 and 200),
    kind            text   not null check (kind in ('GEMEENTE', 'MAATSCHAPPELIJK', 'BEDRIJF', 'BASISGROEP')),
    contact_name    text,
    contact_email   text,
    contact_person_id bigint,
    carried_from    bigint references agendas_party (id),
    created_at      timestamptz not null default now()
);
create unique index agendas_party_name on agendas_party (agenda_id, lower(name));
create unique index agendas_party_carried on agendas_party (agenda_id, carried_from) where carried_from is not null;
create index agendas_party_contact on agendas_party (contact_person_id) where contact_person_id is not null;

create table agendas_activity (
    id          bigserial primary key,
    agenda_id   bigint not null references agendas_agenda (id) on delete cascade,
    party_id    bigint not null references agendas_party (id) on delete cascade,
    what        text   not null check (length(what) between 1 and 2000),
    for_whom    text   not null default '' check (length(for_whom) <= 500),
    reach       text   not null default '' check (length(reach) <= 500),
    carried_from bigint references agendas_activity (id),
    created_at  timestamptz not null default now()
);
create index agendas_activity_agenda on agendas_activity (agenda_id, id);
create unique index agendas_activity_carried on agendas_activity (agenda_id, carried_from) where carried_from is not null;

create table agendas_need (
    id          bigserial primary key,
    agenda_id   bigint   not null references agendas_agenda (id) on delete cascade,
    what        text     not null check (length(what) between 1 and 2000),
    why         text     not null default '' check (length(why) <= 4000),
    -- published signals of the municipality cited for it (read through signals.Signals)
    signal_ids  bigint[] not null default '{}',
    created_at  timestamptz not null default now()
);
create index agendas_need_agenda on agendas_need (agenda_id, id);

create table agendas_step (
    id           bigserial primary key,
    agenda_id    bigint not null references agendas_agenda (id) on delete cascade,
    party_id     bigint not null references agendas_party (id),
    need_id      bigint references agendas_need (id) on delete set null,
    what         text   not null check (length(what) between 1 and 2000),
    due          date   not null,
    measure      text   not null check (length(measure) between 1 and 2000),
    verdict      text   check (verdict in ('BEHAALD', 'DEELS_BEHAALD', 'NIET_BEHAALD', 'NIET_BEOORDEELD')),
    verdict_note text   check (length(verdict_note) <= 500),
    verdict_on   date,
    -- a step not reached last year, carried on into this agenda
    carried_from bigint references agendas_step (id),
    -- the follow-up of a step reached last year
    follows      bigint references agendas_step (id),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index agendas_step_agenda on agendas_step (agenda_id, due, id);
create index agendas_step_party on agendas_step (party_id, due, id);
create index agendas_step_reached on agendas_step (verdict_on desc, id desc) where verdict = 'BEHAALD';
create unique index agendas_step_carried on agendas_step (agenda_id, carried_from) where carried_from is not null;
create index agendas_step_follows on agendas_step (follows) where follows is not null;

-- A reached step whose owner is asked for a follow-up in the next year's agenda: asked once.
create table agendas_follow_up (
    agenda_id  bigint not null references agendas_agenda (id) on delete cascade,
    step_id    bigint not null references agendas_step (id),
    party_id   bigint not null references agendas_party (id) on delete cascade,
    primary key (agenda_id, step_id)
);

-- The December reminder to a party with an open step: once per party and year.
create table agendas_reminder (
    party_id   bigint not null references agendas_party (id) on delete cascade,
    year       int    not null,
    sent_at    timestamptz not null default now(),
    primary key (party_id, year)
);
