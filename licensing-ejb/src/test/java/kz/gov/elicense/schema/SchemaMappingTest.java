package kz.gov.elicense.schema;

import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ApplicationDocument;
import kz.gov.elicense.application.entity.ProcedureStep;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.StatusChange;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.numbering.entity.NumberCounter;
import kz.gov.elicense.register.entity.Licence;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The migrations build the schema on both databases the system runs on, and Hibernate's validation finds the
 * entity mapping fits it: the same bootstrap path as in WildFly (the integrator migrates, then Hibernate
 * validates), on H2 in PostgreSQL mode and on a real PostgreSQL when one is reachable.
 */
class SchemaMappingTest {

    private static final Class<?>[] ENTITIES = {Application.class, ApplicationDocument.class, ProcedureStep.class,
            StatusChange.class, ResultDocument.class, RegistryCheck.class, Licence.class, NumberCounter.class,
            kz.gov.elicense.survey.entity.QualitySurvey.class, kz.gov.elicense.notification.entity.Notification.class, kz.gov.elicense.register.entity.LicenceEvent.class,
            kz.gov.elicense.journal.entity.JournalEntry.class,
            kz.gov.elicense.register.entity.LicenceAnnex.class,
            kz.gov.elicense.register.entity.LicenceSite.class,
            kz.gov.elicense.counter.entity.CounterLookup.class,
            kz.gov.elicense.weaponregistration.entity.WeaponUnit.class,
            kz.gov.elicense.weaponregistration.entity.WeaponPermit.class,
            kz.gov.elicense.payment.entity.PaymentOrder.class,
            kz.gov.elicense.payment.entity.GatewayCallback.class,
            kz.gov.elicense.payment.entity.ReceiptDecision.class};

    /** Every versioned migration in the sources: all of them must have been applied. */
    private static int migrationFiles() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+(_\\d+)*__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void migrationsAndMappingFitOnH2InPostgresqlMode() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        bootValidatingSessionFactory(h2);
        assertEquals(migrationFiles(), appliedMigrations(h2));
    }

    @Test
    void migrationsAndMappingFitOnPostgresql() throws SQLException {
        PGSimpleDataSource admin = postgres("postgres");
        assumeTrue(reachable(admin), "no PostgreSQL at 127.0.0.1:5432");
        String database = "elicense_schema_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "create database " + database);
        try {
            PGSimpleDataSource scratch = postgres(database);
            bootValidatingSessionFactory(scratch);
            assertEquals(migrationFiles(), appliedMigrations(scratch));
        } finally {
            execute(admin, "drop database if exists " + database + " with (force)");
        }
    }

    private static void bootValidatingSessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(Map.of(
                        "hibernate.connection.datasource", dataSource,
                        "hibernate.hbm2ddl.auto", "validate",
                        "jakarta.persistence.validation.mode", "none"))
                .build();
        MetadataSources sources = new MetadataSources(registry);
        for (Class<?> entity : ENTITIES) {
            sources.addAnnotatedClass(entity);
        }
        assertDoesNotThrow(() -> {
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                factory.getMetamodel();
            }
        });
        StandardServiceRegistryBuilder.destroy(registry);
    }

    private static int appliedMigrations(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from \"flyway_schema_history\" where success and \"type\" = 'SQL'")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static PGSimpleDataSource postgres(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[]{"127.0.0.1"});
        dataSource.setPortNumbers(new int[]{5432});
        dataSource.setDatabaseName(database);
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(3);
        return dataSource;
    }

    private static boolean reachable(DataSource dataSource) {
        try (Connection ignored = dataSource.getConnection()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
