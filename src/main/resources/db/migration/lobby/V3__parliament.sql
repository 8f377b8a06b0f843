-- Proposals to parliament (Tweede Kamer) in autumn, for the budget debate of SZW: one set per year,
-- the factions (a list the secretariat keeps), visits per faction and what became of each proposal.

create table lobby_faction (
    id     bigserial primary key,
    name   text    not null check (length(name) between 1 and 100),
    active boolean not null default true
);
create unique index lobby_faction_name on lobby_faction (lower(name));

create table lobby_parliament_set (
    id        bigserial primary key,
    year      int  not null unique check (year between 2000 and 2100),
    title     text not null check (length(title) between 1 and 200),
    intro     text not null default '' check (length(intro) <= 20000),
    debate_on date
);

-- A proposal's id is a lobby item id, so that a signal's trail can point at it (/lobby/stuk/{id}).
create table lobby_parliament_proposal (
    id           bigint primary key default nextval('lobby_item_id'),
    set_id       bigint not null references lobby_parliament_set (id) on delete cascade,
    number       int    not null check (number > 0),
    title        text   not null check (length(title) between 1 and 300),
    explanation  text   not null check (length(explanation) <= 4000),
    signal_ids   bigint[] not null default '{}',
    outcome      text   not null default 'OPEN'
        check (outcome in ('OPEN', 'MOTION_FILED', 'MOTION_PASSED', 'MOTION_REJECTED', 'PROMISED')),
    outcome_url  text check (outcome_url is null or outcome_url ~ '^https?://[^\s]+$'),
    outcome_note text check (length(outcome_note) <= 2000),
    unique (set_id, number)
);

create table lobby_faction_visit (
    id           bigserial primary key,
    set_id       bigint not null references lobby_parliament_set (id) on delete cascade,
    faction_id   bigint not null references lobby_faction (id),
    visit_on     date   not null,
    visitors     text   not null check (length(visitors) between 1 and 500),
    spokesperson text   not null default '' check (length(spokesperson) <= 200),
    outcome      text   not null default '' check (length(outcome) <= 4000)
);
create index lobby_faction_visit_set on lobby_faction_visit (set_id, visit_on);
create index lobby_faction_visit_faction on lobby_faction_visit (faction_id);
