-- Signals from practice: the themes the secretariat keeps, the signals with their reporter
-- (never public), the trail of what happened to each, and the rate limit of the public form.
create table signals_theme (
    key      text primary key,
    name     text not null,
    position int  not null default 0
);

insert into signals_theme (key, name, position) values
    ('bijzondere-bijstand', 'Bijzondere bijstand', 1),
    ('schulden', 'Schulden', 2),
    ('voedselbank', 'Voedselbank', 3),
    ('participatiewet', 'Participatiewet en tegenprestatie', 4),
    ('werken-met-behoud', 'Werken met behoud van uitkering', 5),
    ('zorg-ggz', 'Zorg en ggz', 6),
    ('wonen-energie', 'Wonen en energie', 7),
    ('kinderen', 'Kinderen', 8),
    ('toeslagen', 'Toeslagen', 9);

create table signals_signal (
    id                bigserial primary key,
    title             text        not null check (length(title) between 1 and 200),
    story             text        not null check (length(story) between 1 and 5000),
    themes            text[]      not null default '{}',
    municipality      text,
    province          text,
    -- the region of the municipality, else of the reporting organisation; null: secretariat only
    region_key        text,
    seen_on           date        not null,
    reporter_kind     text        not null check (reporter_kind in ('ORGANISATIE', 'PERSOON', 'ANONIEM')),
    organisation_id   bigint,
    organisation_name text,
    reporter_name     text,
    reporter_email    text,
    consent           boolean     not null,
    status            text        not null default 'NIEUW'
        check (status in ('NIEUW', 'IN_BEHANDELING', 'BESPROKEN', 'IN_LOBBY', 'AFGEROND', 'NIET_GEPUBLICEERD')),
    merged_into       bigint references signals_signal (id),
    -- put on the agenda of a coming consultation of this region; the consultation id once known
    agenda_region     text,
    agenda_consultation_id bigint,
    agenda_since      timestamptz,
    form_key          uuid        not null unique,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    published         boolean generated always as
        (consent and merged_into is null and status in ('IN_BEHANDELING', 'BESPROKEN', 'IN_LOBBY', 'AFGEROND')) stored,
    search            tsvector generated always as
        (setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', story), 'B')) stored
);

-- The overview: newest first, per filter, only published signals.
create index signals_signal_published on signals_signal (seen_on desc, id desc) where published;
create index signals_signal_published_region on signals_signal (region_key, seen_on desc, id desc) where published;
create index signals_signal_published_municipality on signals_signal (municipality, seen_on desc, id desc) where published;
create index signals_signal_published_themes on signals_signal using gin (themes) where published;
create index signals_signal_search on signals_signal using gin (search) where published;
-- The queue: per status and region, oldest first.
create index signals_signal_queue on signals_signal (status, region_key, created_at, id);
create index signals_signal_agenda on signals_signal (agenda_region, agenda_consultation_id) where agenda_region is not null;

-- What happened to a signal: discussed in consultation X, taken into the lobby, the outcome.
create table signals_trail (
    id              bigserial primary key,
    signal_id       bigint      not null references signals_signal (id),
    happened_on     date        not null,
    kind            text        not null,
    text            text        not null default '',
    consultation_id bigint,
    lobby_id        bigint,
    public          boolean     not null default true,
    actor           text,
    created_at      timestamptz not null default now()
);
create index signals_trail_signal on signals_trail (signal_id, happened_on, id);
create index signals_trail_consultation on signals_trail (consultation_id) where consultation_id is not null;
create index signals_trail_lobby on signals_trail (lobby_id) where lobby_id is not null;

-- Recent reports per client address (hashed), for the rate limit of the public form.
create table signals_rate (
    address_hash bytea       not null,
    at           timestamptz not null default now()
);
create index signals_rate_address on signals_rate (address_hash, at);
create index signals_rate_at on signals_rate (at);
