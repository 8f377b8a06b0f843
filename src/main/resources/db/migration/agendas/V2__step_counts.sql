-- Each agenda keeps how many steps it has, how many have a verdict of behaald, deels or niet
-- behaald, and how many were reached, kept by a trigger: the national picture, the lists and the
-- municipality page read these instead of counting 68,000 steps per request.
alter table agendas_agenda
    add column steps   int not null default 0,
    add column judged  int not null default 0,
    add column reached int not null default 0;

create function agendas_count_steps() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update agendas_agenda
        set steps = steps - 1,
            judged = judged - case when old.verdict in ('BEHAALD', 'DEELS_BEHAALD', 'NIET_BEHAALD') then 1 else 0 end,
            reached = reached - case when old.verdict = 'BEHAALD' then 1 else 0 end
        where id = old.agenda_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update agendas_agenda
        set steps = steps + 1,
            judged = judged + case when new.verdict in ('BEHAALD', 'DEELS_BEHAALD', 'NIET_BEHAALD') then 1 else 0 end,
            reached = reached + case when new.verdict = 'BEHAALD' then 1 else 0 end
        where id = new.agenda_id;
    end if;
    return null;
end
$$;

create trigger agendas_step_counts after insert or delete or update of verdict, agenda_id on agendas_step
    for each row execute function agendas_count_steps();

update agendas_agenda a
set steps = c.steps, judged = c.judged, reached = c.reached
from (select agenda_id, count(*) as steps,
             count(*) filter (where verdict in ('BEHAALD', 'DEELS_BEHAALD', 'NIET_BEHAALD')) as judged,
             count(*) filter (where verdict = 'BEHAALD') as reached
      from agendas_step group by agenda_id) c
where c.agenda_id = a.id;
