-- The alliance's partners (help, knowledge) and funders (money), each with its logo as
-- shared.images wrote it anew (never the uploaded file) and a link, in the secretariat's order.
-- Who paid for an edition of the Alliantiedagen is the conferences module's (conferences_partner),
-- read through its API, never copied here.
create table partners_partner (
    id          bigint generated always as identity primary key,
    name        text   not null check (length(name) between 1 and 120),
    kind        text   not null check (kind in ('PARTNER', 'FUNDER')),
    website     text check (website ~ '^https?://' and length(website) <= 300),
    description text   not null default '' check (length(description) <= 600),
    position    int    not null default 50,
    logo        bytea,
    logo_type   text check (logo_type in ('image/jpeg', 'image/png')),
    logo_width  int,
    logo_height int,
    updated_at  timestamptz not null default now()
);
create index partners_partner_order on partners_partner (kind, position, name);
