-- The case, its documents, steps and history; registry checks; signed results; the licence register.
-- Written for both PostgreSQL and H2 (in PostgreSQL mode): only types and syntax both understand.

create sequence application_seq start with 1 increment by 50;
create sequence application_document_seq start with 1 increment by 50;
create sequence procedure_step_seq start with 1 increment by 50;
create sequence status_change_seq start with 1 increment by 50;
create sequence registry_check_seq start with 1 increment by 50;
create sequence result_document_seq start with 1 increment by 50;
create sequence licence_seq start with 1 increment by 50;

create table number_counter (
    counter_key varchar(40) not null primary key,
    last_value  bigint      not null
);

create table application (
    id                        bigint        not null primary key,
    version                   bigint        not null,
    number                    varchar(32)   not null,
    procedure_type            varchar(64)   not null,
    channel                   varchar(16)   not null,
    applicant_id              varchar(12)   not null,
    applicant_name            varchar(500)  not null,
    status                    varchar(32)   not null,
    submitted_at              timestamp with time zone not null,
    due_at                    timestamp with time zone not null,
    form                      bytea         not null,
    form_signature            bytea         not null,
    signer_iin                varchar(12),
    signer_name               varchar(500),
    signer_certificate_serial varchar(80),
    executor                  varchar(100),
    report                    varchar(10000),
    proposed_result           varchar(32),
    refusal_reason            varchar(4000),
    constraint application_number_uk unique (number)
);
create index application_applicant_ix on application (applicant_id, submitted_at);
create index application_status_ix on application (status, submitted_at);

create table application_document (
    id             bigint       not null primary key,
    application_id bigint       not null references application (id),
    kind           varchar(64)  not null,
    file_name      varchar(255) not null,
    media_type     varchar(100) not null,
    content        bytea        not null,
    sha256         varchar(64)  not null,
    size_bytes     bigint       not null,
    valid_until    date
);
create index application_document_app_ix on application_document (application_id);

create table procedure_step (
    id             bigint        not null primary key,
    application_id bigint        not null references application (id),
    code           varchar(64)   not null,
    role           varchar(32)   not null,
    step_limit     varchar(32)   not null,
    assignee       varchar(100),
    started_at     timestamp with time zone not null,
    deadline       timestamp with time zone not null,
    completed_at   timestamp with time zone,
    completed_by   varchar(100),
    outcome        varchar(4000)
);
create index procedure_step_app_ix on procedure_step (application_id);
create index procedure_step_open_ix on procedure_step (completed_at, deadline);

create table status_change (
    id             bigint        not null primary key,
    application_id bigint        not null references application (id),
    from_status    varchar(32),
    to_status      varchar(32)   not null,
    changed_at     timestamp with time zone not null,
    actor          varchar(100)  not null,
    reason         varchar(4000) not null
);
create index status_change_app_ix on status_change (application_id);

create table registry_check (
    id             bigint        not null primary key,
    application_id bigint        not null references application (id),
    request_id     varchar(36)   not null,
    check_kind     varchar(32)   not null,
    subject        varchar(12)   not null,
    purpose        varchar(200)  not null,
    requested_at   timestamp with time zone not null,
    answered_at    timestamp with time zone,
    outcome        varchar(16),
    summary        varchar(1000),
    data           varchar(8000),
    constraint registry_check_request_uk unique (request_id)
);
create index registry_check_app_ix on registry_check (application_id);

create table result_document (
    id                        bigint        not null primary key,
    application_id            bigint        not null references application (id),
    kind                      varchar(32)   not null,
    media_type                varchar(100)  not null,
    content                   bytea         not null,
    signature                 bytea         not null,
    signer_name               varchar(500)  not null,
    signer_iin                varchar(12),
    signer_certificate_serial varchar(80)   not null,
    signed_at                 timestamp with time zone not null
);
create index result_document_app_ix on result_document (application_id);

create table licence (
    id             bigint       not null primary key,
    version        bigint       not null,
    number         varchar(20)  not null,
    holder_id      varchar(12)  not null,
    holder_name    varchar(500) not null,
    activity       varchar(64)  not null,
    provider       varchar(500) not null,
    issue_date     date         not null,
    status         varchar(16)  not null,
    application_id bigint       not null references application (id),
    document_id    bigint       not null references result_document (id),
    constraint licence_number_uk unique (number)
);
create index licence_holder_ix on licence (holder_id);
