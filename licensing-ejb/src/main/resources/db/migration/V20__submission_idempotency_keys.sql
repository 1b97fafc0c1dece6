-- Idempotency keys of portal submissions: a submission retried with the same key (after a timeout, a dropped
-- connection or a server crash) is answered with the application the first one created, instead of a second one.
-- Written in the transaction that creates the application, so a key is remembered exactly when its application is.
create sequence submission_key_seq start with 1 increment by 50;

create table submission_key (
    id              bigint        not null primary key,
    applicant_id    varchar(12)   not null,
    idempotency_key varchar(255)  not null,
    request_sha256  varchar(64)   not null,
    application_id  bigint        not null references application (id),
    created_at      timestamp with time zone not null,
    constraint submission_key_uk unique (applicant_id, idempotency_key)
);
