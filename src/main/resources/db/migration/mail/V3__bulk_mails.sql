-- A mail with an HTML part and headers of its own (List-Unsubscribe), and mails to many people
-- (a newsletter issue): the text is stored once in mail_template and filled in per recipient
-- from mail_outbox.variables when the mail is sent, so 50,000 recipients are 50,000 small rows.
create table mail_template (
    id         bigint generated always as identity primary key,
    subject    text        not null,
    body       text        not null,
    html       text,
    headers    jsonb       not null default '{}'::jsonb,
    created_at timestamptz not null default now()
);

alter table mail_outbox
    add column html_body   text,
    add column headers     jsonb,
    add column template_id bigint references mail_template (id),
    -- what the template's {{name}} places are filled with for this recipient; emptied once sent
    add column variables   jsonb;

-- HELD: a send that was paused; it goes on when it is resumed
alter table mail_outbox drop constraint mail_outbox_status_check;
alter table mail_outbox add constraint mail_outbox_status_check
    check (status in ('PENDING', 'HELD', 'SENT', 'FAILED'));
create index mail_outbox_template on mail_outbox (template_id) where template_id is not null;
