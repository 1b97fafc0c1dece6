#!/bin/sh
# Backs up the licensing database on PostgreSQL: one consistent snapshot (pg_dump takes it in a single
# repeatable-read transaction, so the server keeps running and accepting applications meanwhile), in pg_dump's
# custom format (-Fc: compressed, restorable table by table, checked by pg_restore --list).
# Everything the system keeps is in it: applications, signed forms, the register, the signed licence documents with
# their validation material, the audit trail. Not in it: the broker's journal in the server's data folder (registry
# requests and replies in flight at that moment) and the configuration folder with the PKI keys: files, backed up as
# files (README, "Backup and restore").
#
# Usage: backup.sh [FILE]        (default: licensing-YYYYMMDD-HHMMSS.dump in the current folder)
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGDATABASE (licensing), PGUSER (licensing), PGPASSWORD or ~/.pgpass
set -eu

export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGDATABASE=${PGDATABASE:-licensing}
export PGUSER=${PGUSER:-licensing}
FILE=${1:-licensing-$(date -u +%Y%m%d-%H%M%S).dump}

# written beside the target and renamed only when complete: a failed run never leaves a truncated FILE
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$FILE.partial" "$PGDATABASE"
pg_restore --list "$FILE.partial" >/dev/null
mv "$FILE.partial" "$FILE"
echo "backup.sh: $PGDATABASE on $PGHOST:$PGPORT backed up to $FILE ($(wc -c < "$FILE") bytes)"
