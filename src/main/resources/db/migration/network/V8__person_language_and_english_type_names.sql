-- The language a person of the register reads their mail in (nl or en): set from the pages they
-- used where they enter themselves (a reply to the call to join), changed by the secretariat or
-- by the person on their own data page; empty: not known, mail goes in Dutch. Every module that
-- mails a person of the register reads it through network.Network (issue 20, item 9).
alter table network_person
    add column language text check (language in ('nl', 'en'));

-- The English name of a kind of organisation, shown on the English pages and in the CSV asked for
-- in English; empty, the Dutch name shows.
alter table network_organisation_type add column name_en text;

update network_organisation_type set name_en = case key
    when 'clientenraad' then 'Client council'
    when 'anti-armoedegroep' then 'Anti-poverty group'
    when 'arme-kant-eva' then 'Arme Kant / EVA group'
    when 'platform-allochtonen' then 'Migrant platform'
    when 'vakbond' then 'Trade union'
    when 'humanitas' then 'Humanitas'
    when 'kerk-diaconie' then 'Church / diaconate'
    when 'voedselbank' then 'Food bank'
    when 'thuisadministratie' then 'Home administration help'
    when 'mantelzorg' then 'Informal care'
    when 'ggz-groep' then 'Mental health group'
    when 'sociale-cooperatie' then 'Social cooperative'
    when 'landelijke-partner' then 'National partner'
end
where name_en is null;
