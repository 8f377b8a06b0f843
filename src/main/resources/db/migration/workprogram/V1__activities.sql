-- The work program: per year the activities the alliance plans, who carries each, when, and how
-- far it is. An activity the platform carries itself names its source; its progress is then read
-- from that module (never typed twice).
create table workprogram_activity (
    id          bigserial primary key,
    year        int  not null check (year between 2000 and 2100),
    title       text not null check (length(title) between 1 and 200),
    description text not null default '' check (length(description) <= 10000),
    carrier     text not null default '' check (length(carrier) <= 200),
    period      text not null default '' check (length(period) <= 100),
    state       text not null default 'PLANNED' check (state in ('PLANNED', 'ONGOING', 'DONE', 'DROPPED')),
    source      text check (source in ('COUNCIL_LETTERS', 'NEWSLETTER_ISSUES', 'REGIONAL_CONSULTATIONS',
                                       'ALLIANTIEDAGEN_DAYS', 'STATE_SECRETARY_CONSULTATIONS')),
    created_at  timestamptz not null default now()
);
create index workprogram_activity_year on workprogram_activity (year, id);
