-- One row: what this installation decided at its first start.
create table shared_installation (
    id         int primary key check (id = 1),
    demo       boolean not null,
    created_at timestamptz not null default now()
);

-- Which modules' demo data is in the database.
create table shared_demo_load (
    name      text primary key,
    loaded_at timestamptz not null default now()
);
