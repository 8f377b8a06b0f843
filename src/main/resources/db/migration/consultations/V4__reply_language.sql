-- The language of the page an invitation was answered on (nl or en). Later mail about the
-- invitation (reminder, change, cancellation) to an address whose language the register does not
-- know is written in it; the register's language, when known, comes first (issue 20, item 9).
alter table consultations_invitation
    add column language text check (language in ('nl', 'en'));
