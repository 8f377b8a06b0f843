create table accounts_account (
    id            bigint generated always as identity primary key,
    email         text        not null,
    display_name  text        not null,
    -- null until the person sets a password through an invitation link
    password_hash text,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    last_login_at timestamptz
);
create unique index accounts_account_email_key on accounts_account (lower(email));

-- A role with its binding: the region of a regiocoördinator, the organisation of a
-- vertegenwoordiger, the province of a correspondent; '' where the role is not bound.
create table accounts_grant (
    account_id bigint not null references accounts_account (id) on delete cascade,
    role       text   not null,
    scope      text   not null default '',
    primary key (account_id, role, scope)
);

create table accounts_login_failure (
    id        bigint generated always as identity primary key,
    email     text        not null,
    failed_at timestamptz not null default now()
);
create index accounts_login_failure_email_time on accounts_login_failure (email, failed_at desc);

-- Links sent by mail. Only the SHA-256 of a token is stored.
create table accounts_link_token (
    token_hash bytea primary key,
    purpose    text        not null,
    subject    text        not null,
    one_time   boolean     not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index accounts_link_token_subject on accounts_link_token (purpose, subject, created_at desc);
