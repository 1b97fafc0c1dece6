-- Issue 5: a registry check can wait for an unavailable registry, and its audit record keeps who asked and the raw
-- request and answer. One column per statement, so that PostgreSQL and H2 (PostgreSQL mode) read it alike.
alter table registry_check add column requested_by varchar(100);
alter table registry_check add column request_body varchar(2000);
alter table registry_check add column reply_body varchar(8000);
alter table registry_check add column rounds integer default 0 not null;
alter table registry_check add column awaiting_reason varchar(1000);
alter table registry_check add column awaiting_since timestamp with time zone;
