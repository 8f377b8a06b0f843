-- The list of an occasion's (or a day's) registrations in order of arrival without a state to
-- filter by (the events module's /beheer/bijeenkomsten/{id}/aanmeldingen, issue 17): read from this
-- index a page at a time; with a state, conferences_registration_day (day_id, status, arrival).
create index conferences_registration_day_arrival on conferences_registration (day_id, arrival);
