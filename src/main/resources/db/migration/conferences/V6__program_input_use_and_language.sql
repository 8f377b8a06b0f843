-- An input offered for the program (a decision "voor de Alliantiedagen" of a regional consultation)
-- that the secretariat turned into a workshop or a block of an edition, once: a second click finds
-- the row and makes nothing.
create table conferences_program_input_use (
    edition_id bigint      not null references conferences_edition (id) on delete cascade,
    input_key  text        not null,
    used_as    text        not null check (used_as in ('WORKSHOP', 'BLOCK')),
    created_at timestamptz not null default now(),
    primary key (edition_id, input_key)
);

-- The language of the pages on which a person registered (nl or en): every mail about the
-- registration is written in it (issue 20, item 9).
alter table conferences_registration
    add column language text not null default 'nl' check (language in ('nl', 'en'));
