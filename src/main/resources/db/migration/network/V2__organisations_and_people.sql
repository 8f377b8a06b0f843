-- Kinds of organisation; the secretariat can add more.
create table network_organisation_type (
    key      text primary key,
    name     text not null,
    position int  not null default 100
);
create unique index network_organisation_type_name_key on network_organisation_type (lower(name));

insert into network_organisation_type (key, name, position) values
    ('clientenraad', 'Cliëntenraad', 1),
    ('anti-armoedegroep', 'Anti-armoedegroep', 2),
    ('arme-kant-eva', 'Arme Kant / EVA-groep', 3),
    ('platform-allochtonen', 'Platform allochtonen', 4),
    ('vakbond', 'Vakbond', 5),
    ('humanitas', 'Humanitas', 6),
    ('kerk-diaconie', 'Kerk / diaconie', 7),
    ('voedselbank', 'Voedselbank', 8),
    ('thuisadministratie', 'Thuisadministratie', 9),
    ('mantelzorg', 'Mantelzorg', 10),
    ('ggz-groep', 'Ggz-groep', 11),
    ('sociale-cooperatie', 'Sociale coöperatie', 12),
    ('landelijke-partner', 'Landelijke partner', 13);

-- search uses the 'simple' configuration: names are not prose, so no stemming or stop words.
-- The region is that of the province unless region_override is set; region_key keeps the result
-- so that the directory filters on one indexed column (kept in step when a province moves).
create table network_organisation (
    id              bigint generated always as identity primary key,
    name            text        not null,
    type_key        text        not null references network_organisation_type (key),
    municipality    text        not null references network_municipality (name),
    province        text        not null references network_province (name),
    region_override text references network_region (key) on update cascade,
    region_key      text        not null references network_region (key) on update cascade,
    address         text,
    postcode        text,
    website         text,
    email           text,
    phone           text,
    activities      text,
    status          text        not null check (status in ('AANGESLOTEN', 'UITGENODIGD', 'OP_AFSTAND', 'GESTOPT')),
    member_since    date,
    themes          text[]      not null default '{}',
    search          tsvector generated always as (to_tsvector('simple', name)) stored,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index network_organisation_name_key on network_organisation (municipality, lower(name));
create index network_organisation_by_name on network_organisation (lower(name), id);
create index network_organisation_by_region on network_organisation (region_key, lower(name), id);
create index network_organisation_by_province on network_organisation (province, lower(name), id);
create index network_organisation_by_type on network_organisation (type_key, lower(name), id);
create index network_organisation_by_status on network_organisation (status, lower(name), id);
create index network_organisation_search on network_organisation using gin (search);

-- A person; erased_at is set when the personal fields were anonymised on request.
create table network_person (
    id         bigint generated always as identity primary key,
    name       text        not null,
    email      text,
    phone      text,
    created_at timestamptz not null default now(),
    erased_at  timestamptz
);
create unique index network_person_email_key on network_person (lower(email));
create index network_person_by_name on network_person (lower(name), id);

-- What mail a person agreed to receive, when and how.
create table network_consent (
    person_id bigint      not null references network_person (id) on delete cascade,
    kind      text        not null,
    given_at  timestamptz not null,
    how       text        not null,
    primary key (person_id, kind)
);

-- A representative speaks for an organisation: at most two per organisation (checked by the
-- aggregate under a row lock on the organisation).
create table network_representative (
    organisation_id bigint      not null references network_organisation (id) on delete cascade,
    person_id       bigint      not null references network_person (id),
    since           timestamptz not null default now(),
    primary key (organisation_id, person_id)
);
create index network_representative_person on network_representative (person_id);

-- Other roles: CONTACTPERSOON and KADERLID of an organisation (scope = its id), CORRESPONDENT of
-- a province, REDACTIE (scope ''), REGIOCOORDINATOR of a region (scope = region key).
create table network_person_role (
    person_id bigint not null references network_person (id) on delete cascade,
    role      text   not null,
    scope     text   not null default '',
    primary key (person_id, role, scope)
);
create index network_person_role_scope on network_person_role (role, scope);

-- Every change to personal data: who, when, which field (never the value).
create table network_audit (
    id         bigint generated always as identity primary key,
    person_id  bigint      not null references network_person (id),
    field      text        not null,
    action     text        not null,
    actor      text        not null,
    changed_at timestamptz not null default now()
);
create index network_audit_person on network_audit (person_id, changed_at desc);
create index network_audit_time on network_audit (changed_at desc, id desc);
