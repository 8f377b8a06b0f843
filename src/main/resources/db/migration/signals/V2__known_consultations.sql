-- The regional consultations this module knows of. The consultations module depends on signals,
-- never the other way round, so it tells us through the events of our API (ConsultationPlanned,
-- ConsultationRescheduled, ConsultationCancelled); we keep what we need to offer the coming
-- consultations of a region as agenda choice and to name and link a consultation on a trail.
create table signals_consultation (
    id         bigint  primary key,
    region_key text    not null,
    held_on    date    not null,
    cancelled  boolean not null default false
);
create index signals_consultation_region on signals_consultation (region_key, held_on);

-- The agenda of one consultation: the signals tied to it, in one indexed look-up.
create index signals_signal_agenda_consultation on signals_signal (agenda_consultation_id)
    where agenda_consultation_id is not null;
