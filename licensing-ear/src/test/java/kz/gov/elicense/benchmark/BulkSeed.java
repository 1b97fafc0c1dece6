package kz.gov.elicense.benchmark;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The benchmark's bulk seeding, run inside the server against its own datasource: rows are copied from one real
 * row (made through the real procedure beforehand) by {@code INSERT … SELECT} over a generated range, in chunks of
 * 50,000, never one request each. Every column is copied as the template has it unless overridden, so a later
 * migration's column is carried along without changing this class. Seeded rows have ids above 2,000,000,000 (the
 * sequences stay far below) and numbers of their own ({@code BENCH…}, {@code KZ99BEN…}).
 */
final class BulkSeed {

    static final long ID_BASE = 2_000_000_000L;
    private static final int CHUNK = 50_000;

    private final DataSource dataSource;

    BulkSeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Seeded applications up to {@code total}: one in 25 open (delivered, registered or in work) with an open step
     * whose deadline spreads over the last 1,000 minutes, the rest with a result; submissions spread over time.
     */
    long applicationsUpTo(long total) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Dialect dialect = Dialect.of(connection);
            long have = count(connection, "select count(*) from application where id > " + ID_BASE);
            if (have > total) {
                // the test server keeps its database between runs: a larger earlier seeding is cut back to this size
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("delete from procedure_step where application_id > " + (ID_BASE + total));
                    statement.executeUpdate("delete from application where id > " + (ID_BASE + total));
                    dialect.analyze(statement);
                }
                return count(connection, "select count(*) from application where id > " + ID_BASE);
            }
            if (have == total) {
                return have;
            }
            long template = single(connection, "select min(a.id) from application a join procedure_step s on s.application_id = a.id"
                    + " where s.completed_at is null and a.id < " + ID_BASE);
            long step = single(connection, "select min(id) from procedure_step where completed_at is null and application_id = " + template);
            String applicationInsert = insertSelect(connection, "application", Map.of(
                    "id", x -> "(" + ID_BASE + " + " + x + ")",
                    "version", x -> "0",
                    "number", x -> "concat('BENCH', cast(" + x + " as varchar(20)))",
                    "status", x -> "case mod(" + x + ", 75) when 0 then 'DELIVERED' when 1 then 'REGISTERED'"
                            + " when 2 then 'IN_WORK' else 'RESULT_ISSUED' end",
                    "submitted_at", x -> dialect.minusSeconds("t.submitted_at", x),
                    "form", x -> dialect.tinyBytes(),
                    "form_signature", x -> "null",
                    "signature_material", x -> "null"), dialect, template);
            // the step of a case with a result is completed, as the procedure leaves it: only the open cases' are open
            String stepInsert = insertSelect(connection, "procedure_step", Map.of(
                    "id", x -> "(" + ID_BASE + " + " + x + ")",
                    "application_id", x -> "(" + ID_BASE + " + " + x + ")",
                    "deadline", x -> dialect.minusSeconds("t.deadline", "mod(" + x + ", 1000) * 60"),
                    "completed_at", x -> "case when mod(" + x + ", 75) < 3 then null else t.started_at end",
                    "completed_by", x -> "case when mod(" + x + ", 75) < 3 then null else 'bench' end"), dialect, step);
            for (long from = have + 1; from <= total; from += CHUNK) {
                long to = Math.min(total, from + CHUNK - 1);
                run(connection, applicationInsert, from, to);
                run(connection, stepInsert, from, to);
            }
            try (Statement statement = connection.createStatement()) {
                dialect.analyze(statement);
            }
            return total;
        }
    }

    /** Seeded copies of the first licence in the register, up to {@code total}: numbers KZ99BEN0000001…. */
    long licencesUpTo(long total) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Dialect dialect = Dialect.of(connection);
            long have = count(connection, "select count(*) from licence where id > " + ID_BASE);
            if (have >= total) {
                return have;
            }
            long template = single(connection, "select min(id) from licence where id < " + ID_BASE);
            String insert = insertSelect(connection, "licence", Map.of(
                    "id", x -> "(" + ID_BASE + " + " + x + ")",
                    "version", x -> "0",
                    "number", x -> "concat('KZ99BEN', lpad(cast(" + x + " as varchar(20)), 7, '0'))"), dialect, template);
            for (long from = have + 1; from <= total; from += CHUNK) {
                run(connection, insert, from, Math.min(total, from + CHUNK - 1));
            }
            return total;
        }
    }

    /**
     * The database's plan, with the rows it read and its time ({@code EXPLAIN ANALYZE}), for the officer inbox's query
     * ({@code ProcedureStep.inboxOfDivision}, as Hibernate sends it in shape) for the template step's division and
     * role, first page of 50, so the table can say which index the inbox uses at this size.
     */
    String inboxPlan() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String division;
            String role;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select a.division, s.role from application a join procedure_step s"
                         + " on s.application_id = a.id where s.completed_at is null and a.id > " + ID_BASE
                         + " order by a.id fetch first 1 rows only")) {
                if (!rs.next()) {
                    return "no open seeded step";
                }
                division = rs.getString(1);
                role = rs.getString(2);
            }
            String sql = "explain analyze select s.id from procedure_step s"
                    + " where s.completed_at is null and not exists (select l.id from procedure_step l"
                    + " where l.application_id = s.application_id and l.completed_at is null and l.id > s.id)"
                    + " and exists (select a.id from application a where a.id = s.application_id"
                    + " and a.status in ('DELIVERED', 'REGISTERED', 'IN_WORK') and a.division = ?) and s.role in (?)"
                    + " and (s.assignee = 'bench' or (s.assignee is null and s.role <> 'EXECUTOR'))"
                    + " order by s.completed_at, s.deadline, s.id offset 0 rows fetch first 50 rows only";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, division);
                statement.setString(2, role);
                try (ResultSet rs = statement.executeQuery()) {
                    StringBuilder plan = new StringBuilder();
                    while (rs.next()) {
                        plan.append(rs.getString(1).replaceAll("\\s+", " ").trim()).append(" | ");
                    }
                    return plan.toString().trim();
                }
            }
        }
    }

    /** The number of the n-th seeded licence. */
    static String licenceNumber(long n) {
        return String.format("KZ99BEN%07d", n);
    }

    private static String insertSelect(Connection connection, String table, Map<String, Function<String, String>> overrides,
                                       Dialect dialect, long templateId) throws SQLException {
        List<String> columns = columns(connection, table);
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            Function<String, String> override = overrides.get(column);
            values.add(override != null ? override.apply("r.x") : "t." + column);
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " t cross join " + dialect.range() + " where t.id = " + templateId;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        List<String> columns = new ArrayList<>();
        for (String name : List.of(table.toUpperCase(), table)) {
            try (ResultSet rs = metaData.getColumns(null, null, name, null)) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || schema.equalsIgnoreCase("public")) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase());
                    }
                }
            }
            if (!columns.isEmpty()) {
                return columns;
            }
        }
        throw new SQLException("No columns found for table " + table);
    }

    private static void run(Connection connection, String sql, long from, long to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            statement.executeUpdate();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        return single(connection, sql);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next() || rs.getObject(1) == null) {
                throw new SQLException("No template row: " + sql);
            }
            return rs.getLong(1);
        }
    }

    /** What differs between H2 and PostgreSQL in the statements above. */
    private enum Dialect {
        H2 {
            @Override
            String range() {
                // the server's H2 folds names to lower case, and system_range's column is upper-case X
                return "(select \"X\" as x from system_range(?, ?)) r";
            }

            @Override
            String minusSeconds(String timestamp, String seconds) {
                return "dateadd(second, -(" + seconds + "), " + timestamp + ")";
            }

            @Override
            String tinyBytes() {
                return "X'7B7D'";
            }

            @Override
            void analyze(Statement statement) throws SQLException {
                statement.execute("analyze");
            }
        },
        POSTGRESQL {
            @Override
            String range() {
                return "generate_series(cast(? as bigint), cast(? as bigint)) as r(x)";
            }

            @Override
            String minusSeconds(String timestamp, String seconds) {
                return timestamp + " - make_interval(secs => " + seconds + ")";
            }

            @Override
            String tinyBytes() {
                return "decode('7b7d', 'hex')";
            }

            @Override
            void analyze(Statement statement) throws SQLException {
                statement.execute("analyze application");
                statement.execute("analyze procedure_step");
            }
        };

        abstract String range();

        abstract String minusSeconds(String timestamp, String seconds);

        /** A two-byte form ({@code {}}): the list and the inbox never read the form, and a million real ones would be gigabytes. */
        abstract String tinyBytes();

        abstract void analyze(Statement statement) throws SQLException;

        static Dialect of(Connection connection) throws SQLException {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? POSTGRESQL : H2;
        }
    }
}
