-- An uploaded CSV: checked and shown first (VOORBEELD), imported all-or-nothing once confirmed.
create table network_import (
    id         bigint generated always as identity primary key,
    kind       text        not null check (kind in ('ORGANISATIES', 'PERSONEN')),
    file_name  text        not null,
    content    text        not null,
    status     text        not null check (status in ('VOORBEELD', 'BEZIG', 'KLAAR', 'MISLUKT')),
    total      int         not null default 0,
    imported   int         not null default 0,
    skipped    int         not null default 0,
    failure    text,
    created_by text        not null,
    created_at timestamptz not null default now(),
    done_at    timestamptz
);
create index network_import_time on network_import (created_at desc, id desc);
