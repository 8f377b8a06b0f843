-- Every outgoing mail, written in the same transaction as the change that causes it.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    -- purpose + object + recipient: one mail per action, however often the action is repeated
    purpose         text        not null,
    object_id       text        not null,
    recipient       text        not null,
    -- fixed when queued, so that a mail sent again after a crash is recognisable as the same mail
    message_id      text        not null unique,
    subject         text        not null,
    -- emptied once sent: bodies hold personal links that a copy of the database must not give away
    body            text,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    -- a sender holds the mail until then; after a crash the mail becomes due again
    claimed_until   timestamptz,
    claimed_by      text,
    last_error      text,
    queued_at       timestamptz not null default now(),
    finished_at     timestamptz
);
create unique index mail_outbox_key on mail_outbox (purpose, object_id, lower(recipient));
create index mail_outbox_due on mail_outbox (next_attempt_at, id) where status = 'PENDING';
create index mail_outbox_finished on mail_outbox (status, finished_at desc, id desc) where status <> 'PENDING';
