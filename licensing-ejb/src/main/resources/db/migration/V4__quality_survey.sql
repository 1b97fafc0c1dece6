-- The quality and accessibility survey after the service (annex 3 of seeds 001/002): one per application.
create sequence quality_survey_seq start with 1 increment by 50;

create table quality_survey (
    id                 bigint        not null primary key,
    application_number varchar(32)   not null references application (number),
    procedure_type     varchar(64)   not null,
    process_rating     varchar(24)   not null,
    information_rating varchar(24)   not null,
    comment            varchar(2000),
    answered_at        timestamp with time zone not null,
    constraint quality_survey_application_uk unique (application_number)
);
create index quality_survey_procedure_ix on quality_survey (procedure_type);
