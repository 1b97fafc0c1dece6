-- The office journals (incoming with the registration stamp, outgoing with dispatch), and on the case its
-- incoming and outgoing numbers. A counter application may carry no applicant signature (the officer enters it).
create sequence journal_entry_seq start with 1 increment by 50;

create table journal_entry (
    id                 bigint        not null primary key,
    journal            varchar(16)   not null,
    provider_code      varchar(16)   not null,
    entry_year         integer       not null,
    sequence_number    bigint        not null,
    number             varchar(32)   not null,
    recorded_on        date          not null,
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(100)  not null,
    application_number varchar(32),
    correspondent      varchar(600)  not null,
    subject            varchar(1000) not null,
    dispatch_method    varchar(16),
    address            varchar(500),
    constraint journal_entry_number_uk unique (journal, provider_code, number)
);
create index journal_entry_day_ix on journal_entry (journal, provider_code, recorded_on);
create index journal_entry_app_ix on journal_entry (application_number);

alter table application add column incoming_number varchar(32);
alter table application add column incoming_date date;
alter table application add column outgoing_number varchar(32);
alter table application add column outgoing_date date;
alter table application add column dispatch_method varchar(16);
alter table application alter column form_signature drop not null;
