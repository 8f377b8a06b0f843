-- The language of the pages a signal was reported on (nl or en): every mail to its reporter is
-- written in it, and the secretariat sees it beside the reporter's address (issue 20, item 9).
alter table signals_signal
    add column language text not null default 'nl' check (language in ('nl', 'en'));

-- The English name of a theme, shown wherever the English pages, the CSV and the feed asked for in
-- English show a theme; empty, the Dutch name shows (the secretariat fills it in beside the name).
alter table signals_theme add column name_en text;

update signals_theme set name_en = case key
    when 'bijzondere-bijstand' then 'Special assistance'
    when 'schulden' then 'Debts'
    when 'voedselbank' then 'Food bank'
    when 'participatiewet' then 'Participation Act and work in return'
    when 'werken-met-behoud' then 'Working while keeping benefits'
    when 'zorg-ggz' then 'Care and mental health'
    when 'wonen-energie' then 'Housing and energy'
    when 'kinderen' then 'Children'
    when 'toeslagen' then 'Allowances'
end
where name_en is null;
