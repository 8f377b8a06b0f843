-- Finding organisations by the start of their name (the organisation field of the registration
-- for the Alliantiedagen suggests names as a visitor types): a prefix LIKE on lower(name) needs
-- pattern ops whatever the database's collation.
create index network_organisation_name_prefix on network_organisation (lower(name) text_pattern_ops);
