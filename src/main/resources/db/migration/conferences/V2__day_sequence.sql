-- The calendar file of a day keeps its UID; its SEQUENCE is this number, raised each time the
-- date, the times or the place of the day change (the registrants then get the new file).
alter table conferences_day add column sequence int not null default 0;
