-- Erasing a person finds their registrations by address (network.PersonErased).
create index conferences_registration_by_email on conferences_registration (lower(email));
