-- The counter flow (§3): the officer's lookup of the applicant in the state registries before the form is entered,
-- the registry questions it asks (a registry check now belongs to an application or to a lookup), and on each
-- attached document whether its paper original was presented at the counter.
create sequence counter_lookup_seq start with 1 increment by 50;

create table counter_lookup (
    id                 bigint        not null primary key,
    procedure_type     varchar(64)   not null,
    applicant_id       varchar(12)   not null,
    requested_by       varchar(100)  not null,
    requested_at       timestamp with time zone not null,
    application_id     bigint,
    application_number varchar(32),
    entered_by         varchar(100),
    entered_at         timestamp with time zone,
    constraint counter_lookup_application_fk foreign key (application_id) references application (id),
    constraint counter_lookup_application_uk unique (application_id)
);

alter table registry_check alter column application_id drop not null;
alter table registry_check add column lookup_id bigint;
alter table registry_check add constraint registry_check_lookup_fk foreign key (lookup_id) references counter_lookup (id);
alter table registry_check add constraint registry_check_owner_ck check (application_id is not null or lookup_id is not null);
create index registry_check_lookup_ix on registry_check (lookup_id);

alter table application_document add column presented_on_paper boolean default false not null;
