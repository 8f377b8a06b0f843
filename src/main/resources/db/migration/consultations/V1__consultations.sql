-- Regional consultations (regio-overleggen): the meeting, its agenda, the invitations with their
-- replies, and after the meeting its minutes, decisions and action points.
create table consultations_consultation (
    id           bigint generated always as identity primary key,
    region_key   text        not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    venue        text        not null default '',
    address      text        not null default '',
    route        text        not null default '',
    online_link  text,
    status       text        not null default 'GEPLAND'
        check (status in ('GEPLAND', 'UITNODIGING_VERSTUURD', 'GEHOUDEN', 'VERSLAG_GEPUBLICEERD', 'GEANNULEERD')),
    sequence     int         not null default 0,
    minutes      text        not null default '',
    summary      text        not null default '',
    published_at timestamptz,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index consultations_consultation_region on consultations_consultation (region_key, starts_at);
create index consultations_consultation_starts on consultations_consultation (starts_at);

create table consultations_agenda_item (
    id              bigint generated always as identity primary key,
    consultation_id bigint  not null references consultations_consultation (id) on delete cascade,
    position        int     not null,
    title           text    not null,
    standing        boolean not null default false,
    source          text
);
create index consultations_agenda_item_consultation on consultations_agenda_item (consultation_id, position);
-- a signal is put on one agenda once
create unique index consultations_agenda_item_source on consultations_agenda_item (consultation_id, source) where source is not null;

create table consultations_invitation (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references consultations_consultation (id) on delete cascade,
    organisation_id bigint,
    name            text        not null,
    email           text        not null,
    sent_at         timestamptz,
    reminded_at     timestamptz,
    answer          text check (answer in ('JA', 'NEE')),
    person1_name    text,
    person1_email   text,
    person2_name    text,
    person2_email   text,
    remarks         text,
    answered_at     timestamptz,
    attended        boolean     not null default false,
    minutes_sent_at timestamptz
);
create unique index consultations_invitation_organisation on consultations_invitation (consultation_id, organisation_id)
    where organisation_id is not null;
create unique index consultations_invitation_email on consultations_invitation (consultation_id, lower(email));
create index consultations_invitation_answer on consultations_invitation (consultation_id, answer);

create table consultations_action_point (
    id                 bigint generated always as identity primary key,
    consultation_id    bigint  not null references consultations_consultation (id) on delete cascade,
    kind               text    not null check (kind in ('BESLUIT', 'ACTIEPUNT')),
    what               text    not null,
    who                text    not null default '',
    due                date,
    status             text    not null default 'OPEN' check (status in ('OPEN', 'BEZIG', 'KLAAR')),
    for_alliantiedagen boolean not null default false,
    created_at         timestamptz not null default now()
);
create index consultations_action_point_consultation on consultations_action_point (consultation_id);
create index consultations_action_point_open on consultations_action_point (status) where status <> 'KLAAR';
create index consultations_action_point_alliantiedagen on consultations_action_point (consultation_id) where for_alliantiedagen;
