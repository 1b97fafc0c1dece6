#!/bin/sh
# Applies this folder's CLI scripts to a WildFly 39 installation, in order:
#   distribution.cli      what the plain distribution lacks (MicroProfile Health and OpenAPI), only where missing
#   licensing.cli         the XA datasource, the registry queues' redelivery and dead-letter settings, logging, node id,
#                         request size bounds, the jdbc-realm on the accounts in the database for the application's
#                         security domain
#   system-properties.cli the installation's settings, from the properties file given
#
# Usage: apply-to-server.sh JBOSS_HOME INSTALLATION_PROPERTIES [--server-config=FILE | --connect[=HOST:PORT]]
#   --server-config=FILE  the server is stopped: apply to FILE in standalone/configuration with an embedded server
#                         (default standalone-full.xml)
#   --connect[=HOST:PORT] the server runs: apply through its management interface (default 127.0.0.1:9990) and
#                         reload it
# Then deploy licensing.ear (copy it into standalone/deployments, or `deploy` it with jboss-cli) and start the server
# with that configuration (bin/standalone.sh -c standalone-full.xml).
# The database is the embedded H2 unless POSTGRESQL_JAR names the PostgreSQL JDBC driver (org.postgresql:postgresql):
# then the driver becomes the module org.postgresql and licensing-postgresql.cli puts LicensingDS on PostgreSQL (its
# address and account: the server system properties licensing.db.*, defaults in licensing-postgresql.cli).
# With LICENSING_CLUSTER=true it also applies licensing-cluster.cli after them: the node of a cluster (README, "Running
# a cluster"; the node's settings from cluster-node.properties, standalone.sh -P=...).
set -eu

if [ $# -lt 2 ]; then
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
JBOSS_HOME=$1
PROPERTIES=$2
MODE=${3:---server-config=standalone-full.xml}
HERE=$(cd "$(dirname "$0")" && pwd)
CLI="$JBOSS_HOME/bin/jboss-cli.sh"
[ -x "$CLI" ] || { echo "No WildFly at $JBOSS_HOME (no bin/jboss-cli.sh)" >&2; exit 1; }
[ -r "$PROPERTIES" ] || { echo "Cannot read the installation properties $PROPERTIES" >&2; exit 1; }
SCRIPTS="distribution licensing"
if [ -n "${POSTGRESQL_JAR:-}" ]; then
    [ -r "$POSTGRESQL_JAR" ] || { echo "Cannot read the PostgreSQL driver $POSTGRESQL_JAR" >&2; exit 1; }
    mkdir -p "$JBOSS_HOME/modules/org/postgresql/main"
    cp "$HERE/server-content-postgresql/modules/org/postgresql/main/module.xml" "$JBOSS_HOME/modules/org/postgresql/main/"
    cp "$POSTGRESQL_JAR" "$JBOSS_HOME/modules/org/postgresql/main/postgresql.jar"
    SCRIPTS="$SCRIPTS licensing-postgresql"
fi
if [ "${LICENSING_CLUSTER:-false}" = "true" ]; then
    SCRIPTS="$SCRIPTS licensing-cluster"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

case "$MODE" in
    --server-config=*)
        # embed-server around each script: it is applied to the configuration file, no server needs to run
        CONFIG=${MODE#--server-config=}
        for script in $SCRIPTS system-properties; do
            { echo "embed-server --server-config=$CONFIG --std-out=discard"
              cat "$HERE/$script.cli"
              echo
              echo "stop-embedded-server"; } > "$WORK/$script.cli"
        done
        CONNECT=""
        ;;
    --connect*)
        CONTROLLER=${MODE#--connect}
        CONTROLLER=${CONTROLLER#=}
        for script in $SCRIPTS system-properties; do
            cp "$HERE/$script.cli" "$WORK/$script.cli"
        done
        CONNECT="--connect --controller=${CONTROLLER:-127.0.0.1:9990}"
        ;;
    *)
        echo "Unknown option $MODE" >&2
        exit 2
        ;;
esac

export JBOSS_HOME
# shellcheck disable=SC2086
"$CLI" $CONNECT --file="$WORK/distribution.cli"
# shellcheck disable=SC2086
"$CLI" $CONNECT --file="$WORK/licensing.cli"
if [ -n "${POSTGRESQL_JAR:-}" ]; then
    # shellcheck disable=SC2086
    "$CLI" $CONNECT --file="$WORK/licensing-postgresql.cli"
fi
if [ "${LICENSING_CLUSTER:-false}" = "true" ]; then
    # shellcheck disable=SC2086
    "$CLI" $CONNECT --file="$WORK/licensing-cluster.cli"
fi
# only this one resolves ${...} from the properties file: licensing.cli's ${jboss.server.data.dir} is the server's
# shellcheck disable=SC2086
"$CLI" $CONNECT --properties="$PROPERTIES" --resolve-parameter-values --file="$WORK/system-properties.cli"
if [ -n "$CONNECT" ]; then
    # shellcheck disable=SC2086
    "$CLI" $CONNECT --command=":reload"
fi
echo "Applied to $JBOSS_HOME ($MODE). Deploy licensing.ear and start the server."
