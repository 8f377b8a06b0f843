-- The document library (/documenten): files the secretariat uploads (stored in PostgreSQL, checked
-- by their content) and entries that point to what other modules publish (a consultation's
-- minutes, a position paper for the state secretary): those keep a link to where they live and no
-- copy of their content; `source` names them so that hearing the same event twice adds nothing.
create table documents_document (
    id           bigint generated always as identity primary key,
    kind         text        not null check (kind in ('MANIFEST', 'POSITION_PAPER', 'FOLDER', 'REPORT',
                                                       'PRESENTATION', 'PHOTO', 'MINUTES')),
    year         int         not null check (year between 1900 and 2200),
    theme        text        not null default '' check (length(theme) <= 80),
    title        text        not null check (length(title) between 1 and 200),
    description  text        not null default '' check (length(description) <= 4000),
    -- an uploaded file (content in documents_file), or a link to another module's page
    file_type    text check (file_type in ('PDF', 'DOCX', 'ODT', 'PPTX', 'JPEG', 'PNG')),
    file_name    text check (length(file_name) <= 120),
    file_size    int,
    href         text check (href ~ '^/[^/]'),
    source       text unique,
    created_at   timestamptz not null default now(),
    search       tsvector generated always as (
        setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', theme), 'B')
        || to_tsvector('dutch', description)) stored,
    check ((file_type is not null) <> (href is not null))
);
-- the list, newest year first, and one index per filter (each in the list's order)
create index documents_document_list on documents_document (year desc, id desc);
create index documents_document_kind on documents_document (kind, year desc, id desc);
create index documents_document_year on documents_document (year, id desc);
create index documents_document_theme on documents_document (theme, year desc, id desc) where theme <> '';
create index documents_document_search on documents_document using gin (search);

create table documents_file (
    document_id bigint primary key references documents_document (id) on delete cascade,
    content     bytea not null
);
