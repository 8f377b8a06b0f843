-- A call to join (oproep tot meedoen) and its recipients: organisations chosen by filter, or
-- prospects from a CSV. Each recipient gets a personal link (a hashed token in accounts); the
-- reply is kept on the recipient row and may change until reply_by.
create table network_call (
    id         bigint generated always as identity primary key,
    title      text        not null,
    body       text        not null,
    reply_by   date        not null,
    created_by text        not null,
    created_at timestamptz not null default now()
);

create table network_call_recipient (
    id              bigint generated always as identity primary key,
    call_id         bigint      not null references network_call (id) on delete cascade,
    organisation_id bigint references network_organisation (id) on delete set null,
    name            text        not null,
    email           text,
    municipality    text,
    region_key      text,
    sent_at         timestamptz,
    reminded_at     timestamptz,
    answer          text check (answer in ('JA', 'NEE', 'LATER')),
    answered_at     timestamptz,
    remarks         text,
    first_person_id  bigint references network_person (id),
    second_person_id bigint references network_person (id)
);
create unique index network_call_recipient_organisation_key on network_call_recipient (call_id, organisation_id);
create unique index network_call_recipient_email_key on network_call_recipient (call_id, lower(email))
    where organisation_id is null;
create index network_call_recipient_answer on network_call_recipient (call_id, answer, region_key);
create index network_call_recipient_name on network_call_recipient (call_id, lower(name), id);
