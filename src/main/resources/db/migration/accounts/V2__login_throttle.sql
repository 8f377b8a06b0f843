-- Login throttling with growing waits instead of a block (docs/adr/0013). The old table counted
-- failures per e-mail address and blocked the right password too.
drop table accounts_login_failure;

-- One row per thing whose attempts are counted: an e-mail address ('email:…'), a browser that
-- logged in to that address before ('device:…'), a network address or IPv6 /64 ('net:…').
-- An attempt is counted when it starts (so parallel tries cannot slip past the count) and handed
-- back when it succeeds; allowed_at is when the next attempt may start.
create table accounts_login_throttle (
    key        text        primary key,
    attempts   integer     not null,
    last_at    timestamptz not null,
    allowed_at timestamptz not null
);
create index accounts_login_throttle_last on accounts_login_throttle (last_at);

-- The wait after `attempts` counted attempts: none while fewer than `free`, then 2, 4, 8 … seconds
-- up to `cap`.
create function accounts_login_wait(attempts integer, free integer, cap integer) returns interval
    language sql immutable
    return make_interval(secs => least(cap, case when attempts < free then 0
                                                  else power(2, least(attempts - free + 1, 30)) end));

-- Browsers that logged in to an account before (a cookie holding a random token; only its SHA-256
-- is kept). Failures of others do not slow them down.
create table accounts_known_device (
    token_hash   bytea       primary key,
    account_id   bigint      not null references accounts_account (id) on delete cascade,
    created_at   timestamptz not null,
    last_used_at timestamptz not null
);
create index accounts_known_device_account on accounts_known_device (account_id);
create index accounts_known_device_used on accounts_known_device (last_used_at);
