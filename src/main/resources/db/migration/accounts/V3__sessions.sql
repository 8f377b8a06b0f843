-- Sessions of logged-in people, kept by Spring Session JDBC (spring.session.jdbc.table-name), so
-- that every instance on this database knows every login (docs/adr/0018). Spring Session's own
-- PostgreSQL schema, with the module's prefix, and the login name as text (an e-mail address can
-- be longer than 100 characters).
create table accounts_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        text,
    constraint accounts_session_pk primary key (primary_id)
);
create unique index accounts_session_ix1 on accounts_session (session_id);
create index accounts_session_ix2 on accounts_session (expiry_time);
create index accounts_session_ix3 on accounts_session (principal_name);

create table accounts_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint accounts_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint accounts_session_attributes_fk foreign key (session_primary_id)
        references accounts_session (primary_id) on delete cascade
);
