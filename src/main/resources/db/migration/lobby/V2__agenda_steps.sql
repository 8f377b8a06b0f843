-- A local part cites steps of its municipality's local social agenda (agendas module, by id), as
-- it cites signals: the draft's choice, each version's, and what the secretariat approved.
alter table lobby_local_part add column step_ids bigint[] not null default '{}';
alter table lobby_local_part add column approved_step_ids bigint[];
alter table lobby_local_part_version add column step_ids bigint[] not null default '{}';
