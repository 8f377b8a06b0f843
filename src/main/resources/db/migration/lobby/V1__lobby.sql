-- The council letter campaign of a year: the national text with numbered proposals, the local
-- parts co-drafted by local groups through personal links (every saved version kept), and one
-- letter per municipality: sent once, with the council's response.

-- Every lobby item that can cite a signal (a municipality's letter, a proposal) has one id from
-- this sequence, so that the signal's trail can point back at it (/lobby/stuk/{id}).
create sequence lobby_item_id;

create table lobby_campaign (
    id            bigserial primary key,
    year          int         not null unique check (year between 2000 and 2100),
    title         text        not null check (length(title) between 1 and 200),
    national_text text        not null check (length(national_text) <= 20000),
    send_on       date        not null,
    created_at    timestamptz not null default now()
);

create table lobby_proposal (
    id          bigint primary key default nextval('lobby_item_id'),
    campaign_id bigint not null references lobby_campaign (id) on delete cascade,
    number      int    not null check (number > 0),
    title       text   not null check (length(title) between 1 and 300),
    explanation text   not null check (length(explanation) <= 4000),
    -- the signals it cites (published as SignalUsedInLobby once)
    signal_ids  bigint[] not null default '{}',
    unique (campaign_id, number)
);

-- The local part of one municipality's letter; the id is its lobby item id.
create table lobby_local_part (
    id                   bigint primary key default nextval('lobby_item_id'),
    campaign_id          bigint      not null references lobby_campaign (id) on delete cascade,
    municipality         text        not null,
    experiences          text        not null default '' check (length(experiences) <= 8000),
    proposals            text        not null default '' check (length(proposals) <= 8000),
    signal_ids           bigint[]    not null default '{}',
    status               text        not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'APPROVED')),
    version              int         not null default 0,
    -- what the secretariat approved: the letter uses this, never a later unreviewed draft
    approved_version     int,
    approved_experiences text,
    approved_proposals   text,
    approved_signal_ids  bigint[],
    approved_at          timestamptz,
    unique (campaign_id, municipality)
);

create table lobby_local_part_version (
    local_part_id bigint      not null references lobby_local_part (id) on delete cascade,
    version       int         not null,
    experiences   text        not null,
    proposals     text        not null,
    signal_ids    bigint[]    not null,
    changed_by    text        not null,
    -- the helper who wrote it (null: the secretariat), so that an erased person's name goes too
    helper_id     bigint,
    changed_at    timestamptz not null,
    primary key (local_part_id, version)
);

-- Who offered to help (a local group, without an account): their link opens the local part.
create table lobby_helper (
    id              bigserial primary key,
    local_part_id   bigint      not null references lobby_local_part (id) on delete cascade,
    name            text        not null,
    email           text        not null,
    organisation_id bigint,
    organisation    text,
    -- the network person with this address when they offered: erased with them (PersonErased)
    person_id       bigint,
    erased          boolean     not null default false,
    created_at      timestamptz not null default now()
);
create index lobby_helper_local_part on lobby_helper (local_part_id);
create index lobby_helper_person on lobby_helper (person_id) where person_id is not null;
create unique index lobby_helper_once on lobby_helper (local_part_id, lower(email));

-- One letter per municipality per campaign: the row is made once, however often sending starts;
-- a worker renders its PDF and queues its mail in one transaction.
create table lobby_letter (
    campaign_id    bigint      not null references lobby_campaign (id) on delete cascade,
    municipality   text        not null,
    griffie_email  text,
    state          text        not null default 'WAITING' check (state in ('WAITING', 'QUEUED', 'NO_ADDRESS')),
    send_after     timestamptz not null,
    queued_at      timestamptz,
    response       text        not null default 'SENT'
        check (response in ('SENT', 'RECEIVED', 'ON_AGENDA', 'DISCUSSED', 'MOTION_PASSED', 'NO_RESPONSE')),
    response_on    date,
    response_note  text check (length(response_note) <= 4000),
    document_name  text,
    document_type  text,
    document       bytea,
    primary key (campaign_id, municipality)
);
create index lobby_letter_due on lobby_letter (send_after) where state = 'WAITING';
create index lobby_letter_municipality on lobby_letter (municipality);
