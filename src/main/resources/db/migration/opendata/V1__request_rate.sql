-- Requests to the open data API per network address (IPv6: its /64) in each clock minute. One
-- insert ... on conflict ... returning counts and reads in one statement under the row's lock, so
-- parallel requests cannot slip past the limit, and every instance counts in the same row.
create table opendata_request_rate (
    key    text        not null,
    minute timestamptz not null,
    count  int         not null,
    primary key (key, minute)
);
create index opendata_request_rate_minute on opendata_request_rate (minute);
