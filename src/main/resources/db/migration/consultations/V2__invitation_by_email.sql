-- Erasing a person finds their invitations by address (network.PersonErased).
create index consultations_invitation_by_email on consultations_invitation (lower(email));
