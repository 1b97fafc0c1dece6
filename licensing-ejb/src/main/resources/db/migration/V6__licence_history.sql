-- Every register operation on a licence, with its legal basis and date: the licence's history.
create sequence licence_event_seq start with 1 increment by 50;

create table licence_event (
    id             bigint        not null primary key,
    licence_id     bigint        not null references licence (id),
    operation      varchar(16)   not null,
    legal_basis    varchar(1000) not null,
    effective_date date          not null,
    recorded_at    timestamp with time zone not null,
    actor          varchar(100)  not null
);
create index licence_event_licence_ix on licence_event (licence_id, id);
create index licence_name_ix on licence (holder_name);
create index licence_status_ix on licence (status, activity);
