-- Timer work that must run once per cluster, not once per node (issue 8, the cluster). Every node's timer still
-- fires (its liveness heartbeat says the node's timers run); the first node to enter the tick's row does the work,
-- the others count themselves in as contenders and skip it. The primary key makes the claim atomic on any database.
create table timer_run (
    job        varchar(40)              not null,
    tick       timestamp with time zone not null,
    node       varchar(100)             not null,
    claimed_at timestamp with time zone not null,
    contenders integer                  not null,
    constraint timer_run_pk primary key (job, tick)
);
