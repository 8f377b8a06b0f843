-- A standing task on an agenda keeps the key of its text (consultations.task.*), so that the
-- English pages show it in English (issue 20, item 9); other items are typed by people and stay
-- as written. Existing standing items are recognised by their Dutch text.
alter table consultations_agenda_item add column title_key text;

update consultations_agenda_item set title_key = case title
    when 'Het netwerk rond armoedebestrijding groter en sterker maken' then 'consultations.task.network'
    when 'Activiteiten uitwisselen en op elkaar afstemmen' then 'consultations.task.activities'
    when 'Nieuws uit de regio uitwisselen' then 'consultations.task.news'
    when 'De lobby naar de landelijke politiek sterker maken' then 'consultations.task.lobby'
    when 'Landelijke plannen bespreken en toetsen' then 'consultations.task.plans'
    end
where standing;
