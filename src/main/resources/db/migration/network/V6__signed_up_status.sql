-- An organisation that says yes to the call to join without being in the register yet waits as
-- AANGEMELD (signed up) until the secretariat accepts it; it is not public until then.
alter table network_organisation drop constraint network_organisation_status_check;
alter table network_organisation add constraint network_organisation_status_check
    check (status in ('AANGESLOTEN', 'UITGENODIGD', 'OP_AFSTAND', 'GESTOPT', 'AANGEMELD'));
