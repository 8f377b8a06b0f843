-- The Alliantiedagen: one edition a year, held on several days in different towns.
create table conferences_edition (
    id          bigint generated always as identity primary key,
    year        int         not null unique,
    theme       text        not null,
    title       text        not null,
    description text        not null default '',
    created_at  timestamptz not null default now()
);

-- Every stored file: publications of a day or workshop, and partner logos. Kept in PostgreSQL.
create table conferences_file (
    id           bigint generated always as identity primary key,
    edition_id   bigint      not null references conferences_edition (id) on delete cascade,
    day_id       bigint,
    session_id   bigint,
    kind         text        not null check (kind in ('report', 'presentation', 'photo', 'logo')),
    title        text        not null,
    filename     text        not null,
    content_type text        not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation')),
    size_bytes   int         not null,
    data         bytea       not null,
    thumbnail    bytea,
    created_at   timestamptz not null default now()
);
create index conferences_file_edition on conferences_file (edition_id, kind);

-- Partners (organisational help) and funders (money) of an edition.
create table conferences_partner (
    id           bigint generated always as identity primary key,
    edition_id   bigint not null references conferences_edition (id) on delete cascade,
    name         text   not null,
    kind         text   not null check (kind in ('partner', 'funder')),
    contribution text   not null default '',
    logo_file_id bigint references conferences_file (id) on delete set null
);
create index conferences_partner_edition on conferences_partner (edition_id);

-- The program template of an edition: the same blocks on every day.
create table conferences_block (
    id         bigint generated always as identity primary key,
    edition_id bigint not null references conferences_edition (id) on delete cascade,
    position   int    not null,
    kind       text   not null check (kind in ('opening', 'introduction', 'contribution', 'intermezzo', 'workshops', 'closing')),
    title      text   not null,
    starts_at  time   not null,
    ends_at    time   not null,
    unique (edition_id, position)
);

-- One day of an edition. taken counts the registered people and can never pass capacity: the
-- database refuses it, so no race between registrations can overbook a day.
create table conferences_day (
    id         bigint generated always as identity primary key,
    edition_id bigint not null references conferences_edition (id) on delete cascade,
    number     int    not null,
    date       date   not null,
    town       text   not null,
    venue      text   not null,
    address    text   not null,
    region     text,
    capacity   int    not null check (capacity >= 0),
    taken      int    not null default 0 check (taken >= 0),
    check (taken <= capacity),
    unique (edition_id, number)
);
create index conferences_day_date on conferences_day (date);

-- The blocks of the template, copied to a day when it is made; speakers differ per day.
create table conferences_day_block (
    id        bigint generated always as identity primary key,
    day_id    bigint not null references conferences_day (id) on delete cascade,
    position  int    not null,
    kind      text   not null,
    title     text   not null,
    starts_at time   not null,
    ends_at   time   not null,
    unique (day_id, position)
);

create table conferences_speaker (
    id           bigint generated always as identity primary key,
    day_block_id bigint not null references conferences_day_block (id) on delete cascade,
    name         text   not null,
    organisation text   not null default '',
    title        text   not null default '',
    bio          text   not null default ''
);
create index conferences_speaker_block on conferences_speaker (day_block_id);

create table conferences_workshop (
    id          bigint generated always as identity primary key,
    edition_id  bigint not null references conferences_edition (id) on delete cascade,
    number      int    not null,
    title       text   not null,
    description text   not null default '',
    facilitator text   not null default '',
    unique (edition_id, number)
);

-- A workshop offered on one day, with its own capacity and the minimum below which it should merge.
create table conferences_session (
    id          bigint generated always as identity primary key,
    day_id      bigint not null references conferences_day (id) on delete cascade,
    workshop_id bigint not null references conferences_workshop (id) on delete cascade,
    capacity    int    not null check (capacity >= 0),
    minimum     int    not null default 0 check (minimum >= 0),
    taken       int    not null default 0 check (taken >= 0),
    check (taken <= capacity),
    unique (day_id, workshop_id)
);
create index conferences_session_workshop on conferences_session (workshop_id);

alter table conferences_file add constraint conferences_file_day foreign key (day_id) references conferences_day (id) on delete cascade;
alter table conferences_file add constraint conferences_file_session foreign key (session_id) references conferences_session (id) on delete cascade;
create index conferences_file_day on conferences_file (day_id, kind);

create table conferences_registration (
    id                 bigint generated always as identity primary key,
    day_id             bigint      not null references conferences_day (id) on delete cascade,
    name               text        not null,
    email              text        not null,
    organisation       text        not null default '',
    -- set once organisations come from the network module; free text until then
    organisation_id    bigint,
    first_choice       bigint references conferences_session (id) on delete set null,
    second_choice      bigint references conferences_session (id) on delete set null,
    -- the workshop place: placed in session_id, or waiting for it
    session_id         bigint references conferences_session (id) on delete set null,
    workshop_status    text        not null default 'none' check (workshop_status in ('none', 'placed', 'waiting')),
    workshop_waiting_since timestamptz,
    needs_access       text        not null default '',
    needs_diet         text        not null default '',
    consent_at         timestamptz not null,
    status             text        not null check (status in ('registered', 'waiting', 'cancelled')),
    created_at         timestamptz not null default now(),
    promoted_at        timestamptz,
    cancelled_at       timestamptz,
    checked_in_at      timestamptz
);
-- One registration per e-mail address per day (a double submit gives no second row).
create unique index conferences_registration_once on conferences_registration (day_id, lower(email)) where status <> 'cancelled';
create index conferences_registration_day on conferences_registration (day_id, status, created_at, id);
create index conferences_registration_name on conferences_registration (day_id, lower(name));
create index conferences_registration_session on conferences_registration (session_id, workshop_status, workshop_waiting_since, id);

-- Each mail about a registration goes out once: the row is claimed in the same transaction that
-- decided the mail, and a second claim finds it taken.
create table conferences_notice (
    registration_id bigint      not null references conferences_registration (id) on delete cascade,
    kind            text        not null,
    created_at      timestamptz not null default now(),
    primary key (registration_id, kind)
);

create table conferences_evaluation (
    id                 bigint generated always as identity primary key,
    registration_id    bigint      not null unique references conferences_registration (id) on delete cascade,
    day_id             bigint      not null references conferences_day (id) on delete cascade,
    session_id         bigint references conferences_session (id) on delete set null,
    mark_introduction  smallint check (mark_introduction between 1 and 5),
    mark_contributions smallint check (mark_contributions between 1 and 5),
    mark_intermezzo    smallint check (mark_intermezzo between 1 and 5),
    mark_workshop      smallint check (mark_workshop between 1 and 5),
    mark_overall       smallint check (mark_overall between 1 and 5),
    liked              text        not null default '',
    improve            text        not null default '',
    next_time          text        not null default '',
    created_at         timestamptz not null default now()
);
create index conferences_evaluation_day on conferences_evaluation (day_id, created_at);
create index conferences_evaluation_session on conferences_evaluation (session_id);
