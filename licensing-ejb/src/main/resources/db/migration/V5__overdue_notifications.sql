-- Overdue steps are marked and the head of the provider is notified once per step.
alter table procedure_step add column overdue_notified_at timestamp with time zone;

create sequence notification_seq start with 1 increment by 50;

create table notification (
    id                 bigint        not null primary key,
    recipient_role     varchar(32)   not null,
    application_number varchar(32)   not null,
    subject            varchar(64)   not null,
    message            varchar(1000) not null,
    created_at         timestamp with time zone not null,
    read_at            timestamp with time zone
);
create index notification_recipient_ix on notification (recipient_role, read_at, created_at);
