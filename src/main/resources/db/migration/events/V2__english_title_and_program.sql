-- An event's title and program in English as well, for the English pages (issue 17): optional; an
-- English page shows the Dutch text where the secretariat gave none. The calendar feeds, the
-- registration mails and the open data keep the Dutch title (one title per calendar UID).
alter table events_event
    add column title_en   text not null default '' check (length(title_en) <= 200),
    add column program_en text not null default '' check (length(program_en) <= 20000);
