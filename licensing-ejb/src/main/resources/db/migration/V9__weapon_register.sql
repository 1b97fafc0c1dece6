-- The weapon register (regulation §4.2): each unit of a civil or service weapon, unique by make and serial number,
-- and every permit it was registered under; a re-registration supersedes the permit in force and adds a new one.
create sequence weapon_unit_seq start with 1 increment by 50;
create sequence weapon_permit_seq start with 1 increment by 50;

create table weapon_unit (
    id                  bigint       not null primary key,
    version             bigint       not null,
    weapon_type         varchar(32)  not null,
    make                varchar(100) not null,
    model               varchar(100) not null,
    calibre             varchar(50)  not null,
    serial_number       varchar(60)  not null,
    year_of_manufacture integer      not null,
    make_key            varchar(100) not null,
    serial_key          varchar(60)  not null,
    registered_at       timestamp with time zone not null,
    constraint weapon_unit_identity_uk unique (make_key, serial_key)
);

create table weapon_permit (
    id                       bigint       not null primary key,
    unit_id                  bigint       not null references weapon_unit (id),
    number                   varchar(20)  not null,
    holder_id                varchar(12)  not null,
    holder_name              varchar(500) not null,
    holder_address           varchar(500) not null,
    kind                     varchar(16)  not null,
    issue_date               date         not null,
    valid_until              date         not null,
    provider                 varchar(500) not null,
    application_id           bigint       not null,
    application_number       varchar(32)  not null,
    status                   varchar(16)  not null,
    superseded_by            varchar(20),
    superseded_on            date,
    permit_document_id       bigint       not null,
    cover_letter_document_id bigint       not null,
    recorded_at              timestamp with time zone not null,
    recorded_by              varchar(100) not null,
    constraint weapon_permit_number_uk unique (number)
);
create index weapon_permit_unit_ix on weapon_permit (unit_id, id);
create index weapon_permit_holder_ix on weapon_permit (holder_id, status);
create index weapon_permit_application_ix on weapon_permit (application_number);
