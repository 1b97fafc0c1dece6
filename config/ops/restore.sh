#!/bin/sh
# Restores a backup made by backup.sh into an EMPTY database (created when it does not exist): never over a
# database that holds tables, so that a mistyped name cannot overwrite the live register. All or nothing
# (--single-transaction --exit-on-error). The objects belong to the restoring role (PGUSER), the one the server's
# datasource connects as. Then point the server at it (licensing.db.name, README "Backup and restore") and start it:
# the Flyway migrations find the schema at the backup's version and apply only newer ones.
#
# Usage: restore.sh FILE DATABASE
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (licensing), PGPASSWORD or ~/.pgpass; the role needs
#              CREATEDB only if DATABASE does not exist yet
set -eu

FILE=${1:?usage: restore.sh FILE DATABASE}
DATABASE=${2:?usage: restore.sh FILE DATABASE}
export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-licensing}

case "$DATABASE" in
    *[!a-zA-Z0-9_]*|[0-9]*) echo "restore.sh: a database name of letters, digits and _ please, not '$DATABASE'" >&2; exit 2 ;;
esac
[ -r "$FILE" ] || { echo "restore.sh: cannot read $FILE" >&2; exit 1; }
pg_restore --list "$FILE" >/dev/null

EXISTS=$(psql -X -At -d postgres -c "select 1 from pg_database where datname = '$DATABASE'")
if [ -z "$EXISTS" ]; then
    createdb --encoding=UTF8 --template=template0 "$DATABASE"
fi
TABLES=$(psql -X -At -d "$DATABASE" -c "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
if [ "$TABLES" != "0" ]; then
    echo "restore.sh: $DATABASE is not empty ($TABLES tables); restore only into an empty database" >&2
    exit 1
fi

pg_restore --dbname="$DATABASE" --no-owner --no-privileges --single-transaction --exit-on-error "$FILE"
psql -X -q -d "$DATABASE" -c "set client_min_messages = error" -c "analyze"
LICENCES=$(psql -X -At -d "$DATABASE" -c "select count(*) from licence")
VERSION=$(psql -X -At -d "$DATABASE" -c "select version from flyway_schema_history where success and version is not null order by installed_rank desc limit 1")
echo "restore.sh: $FILE restored into $DATABASE on $PGHOST:$PGPORT: $LICENCES licences, schema version $VERSION"
