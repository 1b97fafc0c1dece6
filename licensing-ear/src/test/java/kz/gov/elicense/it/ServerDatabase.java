package kz.gov.elicense.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The licensing database of a server that a test starts on its own (a crash test's, a cluster's), in the run's
 * database: on H2 the server's own file in its data directory, as a copy of the provisioned server has it; on
 * PostgreSQL (the run with {@code it.database=postgresql}) a database of its own, created afresh beside the run's
 * (as the role the servers connect as, which may create databases) and named after the run's.
 */
final class ServerDatabase {

    private final String name;

    private ServerDatabase(String name) {
        this.name = name;
    }

    static boolean postgresql() {
        return "postgresql".equals(System.getProperty("it.database"));
    }

    /**
     * A fresh database for the servers called {@code name}: created on PostgreSQL, after checking that it allows
     * prepared transactions; nothing to do on H2.
     */
    static ServerDatabase fresh(String name) {
        ServerDatabase database = new ServerDatabase(System.getProperty("it.pg.database", "elicense_it") + "_"
                + name.replaceAll("[^A-Za-z0-9]", "_").toLowerCase());
        if (postgresql()) {
            database.requirePreparedTransactions();
            database.drop();
            database.administer("create database \"" + database.name + "\" owner \""
                    + System.getProperty("it.pg.user") + "\" encoding 'UTF8' template template0");
        }
        return database;
    }

    /** The server system properties that point LicensingDS at this database (licensing-postgresql.cli); none on H2. */
    List<String> serverProperties() {
        if (!postgresql()) {
            return List.of();
        }
        return List.of("-Dlicensing.db.host=" + System.getProperty("it.pg.host"),
                "-Dlicensing.db.port=" + System.getProperty("it.pg.port"),
                "-Dlicensing.db.name=" + name,
                "-Dlicensing.db.user=" + System.getProperty("it.pg.user"),
                "-Dlicensing.db.password=" + System.getProperty("it.pg.password"));
    }

    /** The database as the server left it: on H2 only once the server at {@code serverHome} is down. */
    Connection open(Path serverHome) throws SQLException {
        if (!postgresql()) {
            return OwnPkiServer.database(serverHome);
        }
        return DriverManager.getConnection(url(name), System.getProperty("it.pg.user"),
                System.getProperty("it.pg.password"));
    }

    /** Transactions prepared in the database and neither committed nor rolled back. */
    static long inDoubt(Connection database) throws SQLException {
        String sql = postgresql()
                ? "select count(*) from pg_prepared_xacts where database = current_database()"
                : "select count(*) from information_schema.in_doubt";
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Fails unless the PostgreSQL allows prepared transactions: without them every two-phase commit of the XA
     * datasource fails at PREPARE TRANSACTION, and a crash test would only see that failure.
     */
    private void requirePreparedTransactions() {
        try (Connection run = DriverManager.getConnection(url(System.getProperty("it.pg.database")),
                System.getProperty("it.pg.user"), System.getProperty("it.pg.password"));
             Statement statement = run.createStatement();
             ResultSet rows = statement.executeQuery("show max_prepared_transactions")) {
            rows.next();
            if (Integer.parseInt(rows.getString(1)) <= 0) {
                throw new AssertionError("PostgreSQL has max_prepared_transactions = " + rows.getString(1)
                        + ": set it to 64 in postgresql.conf and restart it (config/ci/ensure-postgresql.sh does, as"
                        + " root); the XA datasource prepares every two-phase commit");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read max_prepared_transactions", e);
        }
    }

    /** Drops the database, after rolling back what a killed server left prepared in it (that would keep it). */
    void drop() {
        if (postgresql()) {
            try (Connection own = DriverManager.getConnection(url(name), System.getProperty("it.pg.user"),
                    System.getProperty("it.pg.password")); Statement statement = own.createStatement()) {
                List<String> prepared = new java.util.ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "select gid from pg_prepared_xacts where database = current_database()")) {
                    while (rows.next()) {
                        prepared.add(rows.getString(1));
                    }
                }
                for (String gid : prepared) {
                    statement.execute("rollback prepared '" + gid.replace("'", "''") + "'");
                }
            } catch (SQLException absent) {
                // not there (yet): nothing prepared in it
            }
            administer("drop database if exists \"" + name + "\" with (force)");
        }
    }

    private void administer(String sql) {
        try (Connection run = DriverManager.getConnection(url(System.getProperty("it.pg.database")),
                System.getProperty("it.pg.user"), System.getProperty("it.pg.password"));
             Statement statement = run.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot " + sql, e);
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + System.getProperty("it.pg.host") + ":" + System.getProperty("it.pg.port") + "/"
                + database;
    }
}
