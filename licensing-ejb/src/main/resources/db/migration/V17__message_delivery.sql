-- Messages that are never lost and never applied twice (issue 5).
-- A registry answer that arrives again is counted, not applied: the count shows the gateway's redeliveries.
alter table registry_check add column repeated_answers integer default 0 not null;

-- The gateway's ledger of the requests it has already answered (licensing-integration writes it in the same
-- transaction that sends the reply), so a request delivered again asks the registry nothing and replies nothing.
create table gateway_answered_request (
    request_id  varchar(100)  not null primary key,
    check_kind  varchar(32),
    answered_at timestamp with time zone not null
);

-- Why a message could not be processed: written in its own transaction by the consumer whose transaction fails,
-- so the operator sees the reason next to the message once it reaches the dead-letter queue.
create table message_delivery_failure (
    queue_name     varchar(100)  not null,
    correlation_id varchar(100)  not null,
    failures       integer       not null,
    last_reason    varchar(2000) not null,
    last_failed_at timestamp with time zone not null,
    constraint message_delivery_failure_pk primary key (queue_name, correlation_id)
);
