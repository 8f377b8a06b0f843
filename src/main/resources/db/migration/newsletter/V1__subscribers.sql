-- The subscribers of the newsletter with their consent records.
create table newsletter_subscriber (
    id                bigserial primary key,
    email             text        not null check (length(email) between 3 and 254),
    name              text check (length(name) <= 200),
    status            text        not null
        check (status in ('UNCONFIRMED', 'CONFIRMED', 'UNSUBSCRIBED', 'SUSPENDED')),
    -- where the subscription came from: the public form, a representative's own page, an import
    source            text        not null check (source in ('FORM', 'ACCOUNT', 'IMPORT')),
    -- the person of the network (a representative) this address belongs to, when known
    person_id         bigint,
    -- put into the List-Unsubscribe link of every issue mail: it can only end this subscription
    -- (docs/adr/0013); it is replaced when the address changes
    unsubscribe_token text        not null unique,
    created_at        timestamptz not null,
    confirmed_at      timestamptz,
    left_at           timestamptz,
    -- the issue whose mail the subscriber left from, when they used its link
    left_issue_id     bigint,
    soft_bounces      int         not null default 0,
    suspended_reason  text
);
create unique index newsletter_subscriber_email on newsletter_subscriber (lower(email));
create index newsletter_subscriber_confirmed on newsletter_subscriber (id) where status = 'CONFIRMED';
create index newsletter_subscriber_unconfirmed on newsletter_subscriber (created_at) where status = 'UNCONFIRMED';
create index newsletter_subscriber_person on newsletter_subscriber (person_id) where person_id is not null;
create index newsletter_subscriber_status on newsletter_subscriber (status, id);

-- What a subscriber agreed to, when, and where it came from; withdrawal is recorded too.
create table newsletter_consent (
    id            bigserial primary key,
    subscriber_id bigint      not null references newsletter_subscriber (id) on delete cascade,
    kind          text        not null check (kind in ('GIVEN', 'CONFIRMED', 'WITHDRAWN')),
    at            timestamptz not null,
    consent_text  text        not null,
    origin        text        not null
);
create index newsletter_consent_subscriber on newsletter_consent (subscriber_id, at);

create index newsletter_subscriber_left_issue on newsletter_subscriber (left_issue_id) where left_issue_id is not null;
