-- Issue 7: the append-only audit trail. The sequence is gap-free (the AUDIT number counter); each entry keeps the
-- hash of its predecessor and its own, and checkpoints keep the system's signature over the hash at a sequence.
create table audit_entry (
    sequence      bigint                   not null primary key,
    recorded_at   timestamp with time zone not null,
    actor         varchar(100)             not null,
    action        varchar(40)              not null,
    subject       varchar(100),
    detail        varchar(2000),
    previous_hash varchar(64)              not null,
    entry_hash    varchar(64)              not null
);

create table audit_checkpoint (
    sequence   bigint                   not null primary key,
    entry_hash varchar(64)              not null,
    signed_at  timestamp with time zone not null,
    signature  bytea                    not null,
    material   bytea
);
