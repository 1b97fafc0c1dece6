-- Reissue, duplicate and annexes in the licence register, and the licensee's branches and objects.
alter table licence add column holder_address varchar(500);
alter table licence_event add column application_id bigint;
alter table licence_event add column document_id bigint;
alter table licence_event add column annex_number integer;
alter table licence_event alter column operation set data type varchar(24);
create index licence_event_app_ix on licence_event (application_id);

create sequence licence_annex_seq start with 1 increment by 50;
create table licence_annex (
    id             bigint       not null primary key,
    licence_id     bigint       not null references licence (id),
    annex_number   integer      not null,
    subtype        varchar(64)  not null,
    name_kk        varchar(500) not null,
    name_ru        varchar(500) not null,
    status         varchar(16)  not null,
    issue_date     date         not null,
    application_id bigint       not null,
    document_id    bigint       not null,
    constraint licence_annex_number_uk unique (licence_id, annex_number)
);

create sequence licence_site_seq start with 1 increment by 50;
create table licence_site (
    id         bigint       not null primary key,
    licence_id bigint       not null references licence (id),
    kind       varchar(16)  not null,
    name       varchar(500) not null,
    address    varchar(500) not null,
    added_on   date         not null,
    removed_on date
);
create index licence_site_licence_ix on licence_site (licence_id);
