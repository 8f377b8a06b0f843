-- News by the secretariat (Markdown, shown through shared.text.Markdown) with one picture, and the
-- few pages it edits itself (about us, how to join, contact, privacy statement).
create table news_item (
    id           bigint generated always as identity primary key,
    title        text        not null check (length(title) between 1 and 200),
    lead         text        not null default '' check (length(lead) <= 600),
    body         text        not null default '' check (length(body) <= 40000),
    status       text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    published_at timestamptz,
    -- the picture as re-encoded by shared.images (never the uploaded file)
    image        bytea,
    image_type   text check (image_type in ('image/jpeg', 'image/png')),
    image_alt    text        not null default '' check (length(image_alt) <= 300),
    image_width  int,
    image_height int,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
-- the public list and the feed: newest published first
create index news_item_published on news_item (published_at desc, id desc) where status = 'PUBLISHED';

create table news_page (
    slug       text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
    title      text        not null check (length(title) between 1 and 120),
    body       text        not null default '' check (length(body) <= 40000),
    -- place in the "Over ons" navigation, lower first
    position   int         not null default 0,
    updated_at timestamptz not null default now()
);

insert into news_page (slug, title, body, position) values
  ('over-ons', 'Over ons', 'De alliantie is een landelijk netwerk van organisaties die samen armoede en sociale uitsluiting bestrijden. Wij brengen signalen uit de praktijk naar de politiek en helpen lokale groepen met hun sociale agenda.', 1),
  ('meedoen', 'Meedoen', 'Wilt u met uw organisatie meedoen? Meld u aan bij het secretariaat. Aansluiten kost niets.', 2),
  ('contact', 'Contact', 'U bereikt het secretariaat per e-mail. Wij antwoorden binnen een week.', 3),
  ('privacy', 'Privacyverklaring', 'Wij bewaren alleen wat nodig is voor het werk van het netwerk. Op **Mijn gegevens** ziet u wat wij van u weten; daar kunt u het ook downloaden of laten wissen.', 4);
