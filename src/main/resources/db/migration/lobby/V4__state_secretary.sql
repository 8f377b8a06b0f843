-- Consultations with the state secretary (twice a year): the meeting with its participants, the
-- position paper (numbered points, each citing signals and council responses), the report, and the
-- commitments made, each tracked (open, kept, not kept) to the next consultation.

create table lobby_meeting (
    id           bigserial primary key,
    held_on      date    not null,
    title        text    not null check (length(title) between 1 and 200),
    participants text    not null default '' check (length(participants) <= 2000),
    paper_intro  text    not null default '' check (length(paper_intro) <= 20000),
    report       text    not null default '' check (length(report) <= 40000),
    -- shown on the public pages and in the feed only once the secretariat says so
    published    boolean not null default false
);
create index lobby_meeting_held_on on lobby_meeting (held_on desc);

-- A point's id is a lobby item id, so that a signal's trail can point at it (/lobby/stuk/{id}).
create table lobby_paper_point (
    id          bigint primary key default nextval('lobby_item_id'),
    meeting_id  bigint not null references lobby_meeting (id) on delete cascade,
    number      int    not null check (number > 0),
    title       text   not null check (length(title) between 1 and 300),
    explanation text   not null check (length(explanation) <= 4000),
    signal_ids  bigint[] not null default '{}',
    unique (meeting_id, number)
);

-- The council responses a point cites: a council letter that went out, with what the council did.
create table lobby_paper_response (
    point_id     bigint not null references lobby_paper_point (id) on delete cascade,
    campaign_id  bigint not null,
    municipality text   not null,
    primary key (point_id, campaign_id, municipality),
    foreign key (campaign_id, municipality) references lobby_letter (campaign_id, municipality) on delete cascade
);
create index lobby_paper_response_letter on lobby_paper_response (campaign_id, municipality);

create table lobby_commitment (
    id         bigserial primary key,
    meeting_id bigint not null references lobby_meeting (id) on delete cascade,
    what       text   not null check (length(what) between 1 and 1000),
    status     text   not null default 'OPEN' check (status in ('OPEN', 'KEPT', 'NOT_KEPT')),
    note       text   not null default '' check (length(note) <= 2000),
    checked_on date
);
create index lobby_commitment_meeting on lobby_commitment (meeting_id, id);
create index lobby_commitment_open on lobby_commitment (meeting_id) where status = 'OPEN';
