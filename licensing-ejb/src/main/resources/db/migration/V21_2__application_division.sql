-- Issue 7: every application belongs to a division of its provider (config/divisions.properties, when it is
-- delivered); officers see and act on their own division's only. Applications delivered before this migration were
-- worked by the one set of demo officers, whose division is MVD-ASTANA.
alter table application add column division varchar(40);
update application set division = 'MVD-ASTANA';
alter table application alter column division set not null;
create index application_division_status on application (division, status);
