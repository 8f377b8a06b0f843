-- Registrations per e-mail address and per network address (IPv6: its /64) in each clock hour.
-- One insert ... on conflict ... returning counts both keys and reads the new counts in one
-- statement under the rows' locks, so parallel posts cannot slip past the limit.
create table conferences_registration_rate (
    key   text        not null,
    hour  timestamptz not null,
    count int         not null,
    primary key (key, hour)
);
create index conferences_registration_rate_hour on conferences_registration_rate (hour);
