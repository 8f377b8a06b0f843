-- The library lists what other modules publish from their events (consultations, lobby,
-- conferences, newsletter); what they had published before it heard those events is asked of
-- their APIs once, at start-up (issue 17, docs/adr/0039). One row per module asked: a module with
-- a row is not asked again, and every entry is named by its source, so asking twice lists nothing
-- twice.
create table documents_catch_up (
    module  text        primary key check (module in ('consultations', 'lobby', 'conferences', 'newsletter')),
    done_at timestamptz not null,
    listed  int         not null check (listed >= 0)
);
