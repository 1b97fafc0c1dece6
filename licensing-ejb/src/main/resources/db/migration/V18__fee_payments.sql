-- The licence fee (§2 process 4): payment orders paid through the payment gateway and confirmed by its callback,
-- every authenticated callback with what it did (repeated and conflicting ones included), and the executor's
-- decisions on scanned fee receipts.
create sequence payment_order_seq start with 1 increment by 50;
create sequence payment_callback_seq start with 1 increment by 50;
create sequence fee_receipt_decision_seq start with 1 increment by 50;

create table payment_order (
    id                 bigint        not null primary key,
    reference          varchar(64)   not null,
    application_number varchar(32)   not null,
    procedure_type     varchar(64)   not null,
    payer_id           varchar(12)   not null,
    amount             bigint        not null,
    currency           varchar(3)    not null,
    status             varchar(16)   not null,
    payment_url        varchar(500)  not null,
    ordered_at         timestamp with time zone not null,
    transaction_id     varchar(100),
    confirmed_at       timestamp with time zone,
    constraint payment_order_reference_uk unique (reference),
    constraint payment_order_amount_ck check (amount > 0),
    constraint payment_order_confirmed_ck check (status <> 'CONFIRMED' or (transaction_id is not null and confirmed_at is not null))
);
create index payment_order_application_ix on payment_order (application_number);

create table payment_callback (
    id                 bigint        not null primary key,
    reference          varchar(64)   not null,
    application_number varchar(32),
    transaction_id     varchar(100),
    amount             bigint,
    currency           varchar(3),
    disposition        varchar(16)   not null,
    received_at        timestamp with time zone not null,
    body               varchar(4000) not null
);
create index payment_callback_application_ix on payment_callback (application_number);

create table fee_receipt_decision (
    id                 bigint        not null primary key,
    application_number varchar(32)   not null,
    confirmed          boolean       not null,
    note               varchar(2000),
    decided_by         varchar(100)  not null,
    decided_at         timestamp with time zone not null
);
create index fee_receipt_decision_application_ix on fee_receipt_decision (application_number);
