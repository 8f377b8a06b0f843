-- Every saved text of a page is kept as a version (newest = what the page shows); a page has a
-- place in the site's navigation: in the main menu, in the footer, or only under "Over ons".
alter table news_page add column place text not null default 'FOOTER' check (place in ('MENU', 'FOOTER', 'ABOUT_ONLY'));
update news_page set place = 'MENU' where slug = 'meedoen';

create table news_page_version (
    slug     text        not null references news_page (slug) on delete cascade,
    version  int         not null check (version >= 1),
    title    text        not null check (length(title) between 1 and 120),
    body     text        not null default '' check (length(body) <= 40000),
    place    text        not null check (place in ('MENU', 'FOOTER', 'ABOUT_ONLY')),
    position int         not null,
    -- the text the application ships (src/main/resources/news/pages/<slug>.md), not one the
    -- secretariat saved: while a page has only such versions it follows that file
    seed     boolean     not null default false,
    saved_at timestamptz not null default now(),
    primary key (slug, version)
);

-- what the pages hold now is their first version; it is the shipped text when it is still the
-- text V1 put there
insert into news_page_version (slug, version, title, body, place, position, seed, saved_at)
select slug, 1, title, body, place, position,
       body in ('De alliantie is een landelijk netwerk van organisaties die samen armoede en sociale uitsluiting bestrijden. Wij brengen signalen uit de praktijk naar de politiek en helpen lokale groepen met hun sociale agenda.',
                'Wilt u met uw organisatie meedoen? Meld u aan bij het secretariaat. Aansluiten kost niets.',
                'U bereikt het secretariaat per e-mail. Wij antwoorden binnen een week.',
                'Wij bewaren alleen wat nodig is voor het werk van het netwerk. Op **Mijn gegevens** ziet u wat wij van u weten; daar kunt u het ook downloaden of laten wissen.'),
       updated_at
from news_page;
