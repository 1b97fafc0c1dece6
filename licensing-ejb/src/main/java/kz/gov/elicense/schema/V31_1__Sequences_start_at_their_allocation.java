package kz.gov.elicense.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves every id sequence that has not yet handed out its first block forward to its increment (50), so that the
 * first value it returns is the top of a whole block, as the JPA sequence generators with {@code allocationSize = 50}
 * read it: ids 1 to 50 for the value 50. Hibernate takes a first value of 1 as a special case; EclipseLink refuses
 * it ("sequence setup incorrectly", found by PortableMappingTest). A sequence that has been used is left as it is,
 * and one is only ever moved forward, so no id is handed out twice. A Java migration because the next value of a
 * sequence is read differently on PostgreSQL and on H2; the same code runs on both.
 */
public class V31_1__Sequences_start_at_their_allocation extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        Map<String, Long> increments = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet sequences = statement.executeQuery("select sequence_name, increment from information_schema.sequences"
                     + " where sequence_schema = current_schema() order by sequence_name")) {
            while (sequences.next()) {
                increments.put(sequences.getString(1), Long.parseLong(sequences.getString(2).strip()));
            }
        }
        for (Map.Entry<String, Long> sequence : increments.entrySet()) {
            long increment = sequence.getValue();
            if (increment > 1 && nextValue(connection, sequence.getKey(), increment, postgresql) < increment) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("alter sequence " + sequence.getKey() + " restart with " + increment);
                }
            }
        }
    }

    private static long nextValue(Connection connection, String sequence, long increment, boolean postgresql)
            throws SQLException {
        String sql = postgresql
                ? "select last_value, is_called from " + sequence
                : "select base_value, false from information_schema.sequences where sequence_schema = current_schema()"
                  + " and sequence_name = '" + sequence + "'";
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getBoolean(2) ? row.getLong(1) + increment : row.getLong(1);
        }
    }
}
