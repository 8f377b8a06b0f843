-- Which modules' bench data is in the database (only used by bench/run).
create table shared_bench_load (
    name         text primary key,
    scale        text not null,
    generated_at timestamptz not null default now()
);
