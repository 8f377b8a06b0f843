-- Places go in order of arrival: a number drawn from one sequence when the registration row is
-- stored (the day's row is locked then, so the number follows the order in which the day's places
-- were handed out), not now(), the start of the transaction, which comes out of order under load.
-- The day's waiting list and every workshop's (first and second choices alike) go by it.
create sequence conferences_arrival;
alter table conferences_registration add column arrival bigint;
update conferences_registration r set arrival = o.n
from (select id, row_number() over (order by created_at, id) as n from conferences_registration) o
where o.id = r.id;
select setval('conferences_arrival', coalesce((select max(arrival) from conferences_registration), 0) + 1, false);
alter table conferences_registration alter column arrival set default nextval('conferences_arrival'),
    alter column arrival set not null;
alter sequence conferences_arrival owned by conferences_registration.arrival;
create unique index conferences_registration_arrival on conferences_registration (arrival);

drop index conferences_registration_day;
create index conferences_registration_day on conferences_registration (day_id, status, arrival);
-- who waits for a workshop place, as first choice (session_id) or as second choice
create index conferences_registration_first_waiting on conferences_registration (session_id, arrival)
    where workshop_status = 'waiting' and status = 'registered';
create index conferences_registration_second_waiting on conferences_registration (second_choice, arrival)
    where workshop_status = 'waiting' and status = 'registered';
