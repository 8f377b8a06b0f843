-- Delivery reports from the bounce mailbox (mail.MailBounced): each report once, by its own
-- Message-ID, so that hearing the same report again changes nothing; the address it was about.
alter table newsletter_bounce
    add column report_id text,
    add column email     text;
create unique index newsletter_bounce_report on newsletter_bounce (report_id) where report_id is not null;

-- One picture per article, as shared.images wrote it anew (never the uploaded file), served at
-- /nieuwsbrief/beeld/{image_key}: the same address for every reader (no tracking), not guessable
-- before the issue is sent.
alter table newsletter_article
    add column image        bytea,
    add column image_type   text check (image_type in ('image/jpeg', 'image/png')),
    add column image_alt    text not null default '' check (length(image_alt) <= 300),
    add column image_width  int,
    add column image_height int,
    add column image_key    text;
create unique index newsletter_article_image_key on newsletter_article (image_key) where image_key is not null;
