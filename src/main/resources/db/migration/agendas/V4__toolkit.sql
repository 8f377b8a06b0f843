-- The toolkit for starting a local social agenda: the step plan as ordered pages the secretariat
-- writes (Markdown, shown through shared.text.Markdown), and files to download (PDF, DOCX, ODT,
-- recognised by their content; at most 10 MB).
create table agendas_toolkit_step (
    id         bigserial primary key,
    position   int    not null check (position between 1 and 1000),
    title      text   not null check (length(title) between 1 and 200),
    body       text   not null default '' check (length(body) <= 20000),
    updated_at timestamptz not null
);
create index agendas_toolkit_step_order on agendas_toolkit_step (position, id);

create table agendas_toolkit_file (
    id         bigserial primary key,
    title      text   not null check (length(title) between 1 and 200),
    file_name  text   not null check (length(file_name) between 1 and 120),
    kind       text   not null check (kind in ('PDF', 'DOCX', 'ODT')),
    size       int    not null check (size between 1 and 10485760),
    data       bytea  not null,
    created_at timestamptz not null
);
create index agendas_toolkit_file_order on agendas_toolkit_file (title, id);
