#!/bin/sh
# The system tests run a second time on PostgreSQL (licensing-ear, failsafe execution "postgresql"). The build runs
# this before them: it makes sure a PostgreSQL answers on PGHOST:PGPORT (default 127.0.0.1:5432), that it allows
# prepared transactions (the datasource is XA: without max_prepared_transactions > 0 every two-phase commit fails at
# PREPARE), that the role the server connects as exists, and then creates the given database afresh.
# Where PostgreSQL is missing or stopped and the script may (root, Debian), it installs it with apt-get and starts it
# with pg_ctlcluster; otherwise it says exactly what to do.
#
# Usage: ensure-postgresql.sh create DATABASE | drop DATABASE
# Environment: PGHOST, PGPORT (127.0.0.1, 5432), LICENSING_DB_USER and LICENSING_DB_PASSWORD (licensing, licensing),
#              PGADMIN_USER (postgres), the role that may create roles and databases.
set -eu

ACTION=${1:?usage: ensure-postgresql.sh create DATABASE | drop DATABASE}
DATABASE=${2:?usage: ensure-postgresql.sh create DATABASE | drop DATABASE}
export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5}
DB_USER=${LICENSING_DB_USER:-licensing}
DB_PASSWORD=${LICENSING_DB_PASSWORD:-licensing}
ADMIN=${PGADMIN_USER:-postgres}
# the build passes -DskipTests on: no system tests, no database needed
[ "${SKIP_TESTS:-false}" = "true" ] && exit 0

is_root() { [ "$(id -u)" = "0" ]; }

# psql as the administrator: over TCP where that is allowed (trust or a password in ~/.pgpass), otherwise, as root,
# through the local socket as the postgres system user (peer authentication, Debian's default)
admin_psql() {
    if psql -X -q -v ON_ERROR_STOP=1 -U "$ADMIN" -d postgres -c 'select 1' >/dev/null 2>&1; then
        psql -X -q -v ON_ERROR_STOP=1 -U "$ADMIN" -d postgres "$@"
    elif is_root && command -v runuser >/dev/null 2>&1; then
        runuser -u postgres -- env -u PGHOST psql -X -q -v ON_ERROR_STOP=1 -p "$PGPORT" -d postgres "$@"
    else
        return 1
    fi
}

reachable() { admin_psql -c 'select 1' >/dev/null 2>&1; }

if [ "$ACTION" = "drop" ]; then
    admin_psql -c "drop database if exists \"$DATABASE\" with (force)" || true
    exit 0
fi

if ! reachable; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
        if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
            echo "ensure-postgresql: installing postgresql with apt-get"
            export DEBIAN_FRONTEND=noninteractive
            apt-get install -y --no-install-recommends postgresql postgresql-client \
                || { apt-get update && apt-get install -y --no-install-recommends postgresql postgresql-client; }
        fi
        # start every cluster that is down (a fresh install has one, "main")
        pg_lsclusters -h | while read -r version cluster port status rest; do
            [ "$status" = "online" ] || pg_ctlcluster "$version" "$cluster" start
        done
        i=0
        until reachable || [ $i -ge 30 ]; do sleep 1; i=$((i + 1)); done
    fi
fi
if ! reachable; then
    echo "ensure-postgresql: no PostgreSQL answers at $PGHOST:$PGPORT for the role $ADMIN." >&2
    echo "ensure-postgresql: install and start one (sudo apt-get install postgresql), or set PGHOST/PGPORT/PGADMIN_USER;" >&2
    echo "ensure-postgresql: or run the tests on H2 only: mvn verify -Dlicensing.database=h2" >&2
    exit 1
fi

PREPARED=$(admin_psql -At -c 'show max_prepared_transactions')
if [ "$PREPARED" -lt 64 ]; then
    if is_root && command -v pg_ctlcluster >/dev/null 2>&1; then
        echo "ensure-postgresql: max_prepared_transactions is $PREPARED, the XA datasource needs it: setting 64, restarting"
        admin_psql -c 'alter system set max_prepared_transactions = 64'
        pg_lsclusters -h | while read -r version cluster port status rest; do
            [ "$port" = "$PGPORT" ] && pg_ctlcluster "$version" "$cluster" restart
        done
        i=0
        until reachable || [ $i -ge 30 ]; do sleep 1; i=$((i + 1)); done
    else
        echo "ensure-postgresql: max_prepared_transactions is $PREPARED; set it to 64 or more in postgresql.conf" >&2
        echo "ensure-postgresql: and restart PostgreSQL: the XA datasource prepares every two-phase commit" >&2
        exit 1
    fi
fi

admin_psql <<SQL
do \$\$ begin
    if not exists (select from pg_roles where rolname = '$DB_USER') then
        create role "$DB_USER" login password '$DB_PASSWORD';
    end if;
    -- the backup test (BackupRestoreIT) restores into a database of its own, as restore.sh does for ministry IT
    alter role "$DB_USER" createdb;
end \$\$;
drop database if exists "$DATABASE" with (force);
create database "$DATABASE" owner "$DB_USER" encoding 'UTF8' template template0;
SQL
echo "ensure-postgresql: database $DATABASE created afresh on $PGHOST:$PGPORT, owner $DB_USER"
