-- Files sent with a mail (a calendar file, a short PDF); removed together with the body once sent.
alter table mail_outbox add column attachments int not null default 0;

create table mail_outbox_attachment (
    mail_id      bigint not null references mail_outbox (id) on delete cascade,
    position     int    not null,
    filename     text   not null,
    content_type text   not null,
    content      bytea  not null,
    primary key (mail_id, position)
);
