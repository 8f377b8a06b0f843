-- Two-step login with a code from an app (TOTP, RFC 6238) and recovery codes (docs/adr/0019).
-- The secret is stored encrypted (AES-GCM, key outside the database); it is only shown while it is
-- being set up. totp_last_step: the last 30-second step whose code was used, so no code works twice.
alter table accounts_account add column totp_secret bytea;
alter table accounts_account add column totp_confirmed_at timestamptz;
alter table accounts_account add column totp_last_step bigint;

-- Ten codes for when the phone is gone; only their SHA-256 is kept (80 random bits each), each works once.
create table accounts_recovery_code (
    account_id bigint      not null references accounts_account (id) on delete cascade,
    code_hash  bytea       not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

-- What the secretariat requires of everyone: one row.
create table accounts_policy (
    id                       integer     primary key check (id = 1),
    two_step_for_bound_roles boolean     not null default false,
    two_step_for_secretariat boolean     not null default false,
    changed_at               timestamptz
);
insert into accounts_policy (id) values (1);
