-- Sent newsletter issues are listed in the library too (heard from newsletter.IssueSent, issue 17):
-- the kind NEWSLETTER.
alter table documents_document drop constraint documents_document_kind_check;
alter table documents_document add constraint documents_document_kind_check check (kind in ('MANIFEST',
    'POSITION_PAPER', 'FOLDER', 'REPORT', 'PRESENTATION', 'PHOTO', 'MINUTES', 'NEWSLETTER'));
