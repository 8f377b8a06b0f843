-- The year plan of issues, articles with their versions, and per issue the bounces of its mails.
-- The year plan: each issue has a number within its year, a theme, a copy deadline and a date.
create table newsletter_issue (
    id            bigserial primary key,
    year          int         not null check (year between 2000 and 2200),
    number        int         not null check (number between 1 and 99),
    theme         text        not null check (length(theme) between 1 and 200),
    copy_deadline date        not null,
    planned_on    date        not null check (planned_on >= copy_deadline),
    introduction  text        not null default '' check (length(introduction) <= 10000),
    status        text        not null default 'PLANNED' check (status in ('PLANNED', 'SENT')),
    reminded_at   timestamptz,
    sent_at       timestamptz,
    -- the text of the issue as sent (introduction and articles), for the archive's search
    sent_text     text,
    search        tsvector generated always as (
        setweight(to_tsvector('dutch', theme), 'A') || to_tsvector('dutch', coalesce(sent_text, ''))) stored,
    unique (year, number)
);
create index newsletter_issue_plan on newsletter_issue (planned_on, id);
create index newsletter_issue_sent on newsletter_issue (sent_at desc, id desc) where status = 'SENT';
create index newsletter_issue_deadline on newsletter_issue (copy_deadline) where reminded_at is null;
create index newsletter_issue_search on newsletter_issue using gin (search);

create table newsletter_article (
    id             bigserial primary key,
    title          text        not null check (length(title) between 1 and 200),
    lead           text        not null default '' check (length(lead) <= 1000),
    body           text        not null check (length(body) <= 30000),
    province       text,
    author_email   text        not null,
    author_name    text        not null,
    -- the writer as a person of the network, when known: their name goes when they are erased
    author_person  bigint,
    status         text        not null
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    editor_comment text,
    issue_id       bigint references newsletter_issue (id),
    position       int         not null default 0,
    version        int         not null default 1,
    updated_at     timestamptz not null
);
create index newsletter_article_author on newsletter_article (lower(author_email), updated_at desc);
create index newsletter_article_status on newsletter_article (status, updated_at desc);
create index newsletter_article_author_person on newsletter_article (author_person) where author_person is not null;
create index newsletter_article_issue on newsletter_article (issue_id, position) where issue_id is not null;

-- Every saved state of an article, with who changed it and why.
create table newsletter_article_version (
    article_id bigint      not null references newsletter_article (id) on delete cascade,
    version    int         not null,
    title      text        not null,
    lead       text        not null,
    body       text        not null,
    status     text        not null,
    changed_by text        not null,
    changed_at timestamptz not null,
    note       text,
    primary key (article_id, version)
);

-- Delivery reports and unsubscribes per issue, for the editors.
create table newsletter_bounce (
    id            bigserial primary key,
    subscriber_id bigint references newsletter_subscriber (id) on delete set null,
    issue_id      bigint references newsletter_issue (id),
    hard          boolean     not null,
    reason        text        not null,
    at            timestamptz not null
);
create index newsletter_bounce_issue on newsletter_bounce (issue_id, at desc);
create index newsletter_bounce_subscriber on newsletter_bounce (subscriber_id);
