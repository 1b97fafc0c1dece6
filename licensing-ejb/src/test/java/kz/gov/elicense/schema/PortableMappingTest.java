package kz.gov.elicense.schema;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Parameter;
import jakarta.persistence.Persistence;
import jakarta.persistence.Query;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.notification.entity.Notification;
import kz.gov.elicense.numbering.entity.NumberCounter;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.AnnexGrant;
import kz.gov.elicense.register.entity.Licence;
import kz.gov.elicense.register.entity.LicenceNumber;
import kz.gov.elicense.register.entity.LicenceStatus;
import kz.gov.elicense.register.entity.Site;
import kz.gov.elicense.register.entity.SiteKind;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The persistence code is not tied to Hibernate: every entity of licensing-ejb and every named query work under
 * EclipseLink too (this test runs in surefire's execution "eclipselink", with EclipseLink as the provider of the
 * unit in src/test/resources/META-INF/persistence.xml), on the schema the Flyway migrations build, on H2 in
 * PostgreSQL mode and on a real PostgreSQL when one is reachable. Each named query is compiled and run with a value
 * of the type its parameters compare with; a licence with its history, a notification and a number counter make
 * the round trip through the database.
 */
class PortableMappingTest {

    @Test
    void onH2InPostgresqlMode() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        SchemaMigrations.migrate(h2);
        exercise(Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
    }

    @Test
    void onPostgresql() throws Exception {
        PGSimpleDataSource admin = postgres("postgres");
        assumeTrue(reachable(admin), "no PostgreSQL at 127.0.0.1:5432");
        String database = "elicense_eclipselink_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "create database " + database);
        try {
            SchemaMigrations.migrate(postgres(database));
            exercise(Map.of("jakarta.persistence.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + database,
                    "jakarta.persistence.jdbc.user", "postgres", "jakarta.persistence.jdbc.password", "",
                    "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
        } finally {
            execute(admin, "drop database if exists " + database + " with (force)");
        }
    }

    private static void exercise(Map<String, String> connection) throws Exception {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("licensing-eclipselink", connection);
        try {
            assertEquals("org.eclipse.persistence.internal.jpa.EntityManagerFactoryImpl",
                    factory.getClass().getName(), "EclipseLink is the provider");
            roundTrip(factory);
            namedQueries(factory);
        } finally {
            factory.close();
        }
    }

    private static void roundTrip(EntityManagerFactory factory) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Application application = new Application("SEC-2026-004242", ProcedureType.of("SECURITY_ACTIVITY_ISSUE"), "MVD-ASTANA",
                Channel.PORTAL, "221140008086", "ТОО «Қорған»", now, now.plus(15, ChronoUnit.DAYS),
                "{}".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3});
        em.persist(application);
        em.flush();
        ResultDocument document = new ResultDocument(application.id(), ResultKind.LICENCE, "application/pdf",
                new byte[] {'%', 'P', 'D', 'F'}, new byte[] {4, 5, 6}, "Head of the provider", "800101300123",
                "1f2e", now);
        em.persist(document);
        em.flush();
        Licence licence = new Licence(LicenceNumber.of("SEC", 2026, 4242), "221140008086", "ТОО «Қорған»",
                Activity.SECURITY_ACTIVITY, "Департамент полиции города Астаны", LocalDate.of(2026, 12, 3),
                application.id(), document.id(), now, "head");
        licence.addAnnex(new AnnexGrant("WEAPONS_SALE", "Қару сату", "Продажа оружия"), LocalDate.of(2026, 12, 3),
                application.id(), document.id(), now, "head");
        licence.addAnnex(new AnnexGrant("WEAPONS_REPAIR", "Қару жөндеу", "Ремонт оружия"), LocalDate.of(2026, 12, 4),
                application.id(), document.id(), now, "head");
        licence.replaceSites(List.of(new Site(SiteKind.BRANCH, "Филиал", "Алматы"),
                new Site(SiteKind.OBJECT, "Склад", "Астана")), LocalDate.of(2026, 12, 3));
        em.persist(licence);
        em.persist(new Notification("EXECUTOR", "KZ-2026-000001", "Мерзім", "Срок истекает", now));
        NumberCounter counter = new NumberCounter("LICENCE-SEC-2026-eclipselink");
        counter.next();
        em.persist(counter);
        em.getTransaction().commit();
        em.close();

        em = factory.createEntityManager();
        Licence read = em.createNamedQuery(Licence.BY_NUMBER, Licence.class).setParameter("number", "KZ26SEC0004242")
                .getSingleResult();
        assertEquals("ТОО «Қорған»", read.holderName());
        assertEquals(LocalDate.of(2026, 12, 3), read.issueDate());
        assertEquals(3, read.history().size(), "the issue and the two annexes' events, cascaded");
        assertEquals(now, em.find(Application.class, read.applicationId()).submittedAt(), "an Instant keeps its value");
        assertArrayEquals(new byte[] {4, 5, 6}, em.find(ResultDocument.class, read.documentId()).signature());
        lookup(em, application, document, now);
        List<Notification> notifications = em.createNamedQuery(Notification.FOR_ROLES, Notification.class)
                .setParameter("roles", List.of("EXECUTOR")).getResultList();
        assertEquals(1, notifications.size());
        assertEquals(now, notifications.get(0).createdAt(), "an Instant keeps its value");
        assertEquals(1, em.find(NumberCounter.class, "LICENCE-SEC-2026-eclipselink").lastValue());
        em.close();
    }

    /** The public check's one statement: the entry with its application, document identity, annexes and sites. */
    private static void lookup(EntityManager em, Application application, ResultDocument document, Instant signedAt) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNamedQuery(Licence.LOOKUP).setParameter("number", "KZ26SEC0004242")
                .getResultList();
        assertEquals(4, rows.size(), "one row per annex and current site");
        Object[] entry = rows.get(0);
        assertEquals(List.of("KZ26SEC0004242", "221140008086", "ТОО «Қорған»", Activity.SECURITY_ACTIVITY,
                "Департамент полиции города Астаны", LocalDate.of(2026, 12, 3), LicenceStatus.ACTIVE,
                application.number(), document.id(), signedAt, "1f2e", "Head of the provider"),
                Arrays.asList(entry).subList(0, 12));
        assertEquals(List.of(1, "WEAPONS_SALE", "Қару сату", "Продажа оружия", LicenceStatus.ACTIVE,
                LocalDate.of(2026, 12, 3)), Arrays.asList(entry).subList(12, 18));
        assertEquals(List.of(1, 1, 2, 2), rows.stream().map(row -> row[12]).toList(), "in the annexes' order");
        assertEquals(List.of(List.of(SiteKind.BRANCH, "Филиал", "Алматы"), List.of(SiteKind.OBJECT, "Склад", "Астана"),
                        List.of(SiteKind.BRANCH, "Филиал", "Алматы"), List.of(SiteKind.OBJECT, "Склад", "Астана")),
                rows.stream().map(row -> Arrays.asList(row).subList(19, 22)).toList(), "then the sites' order");
    }

    private static void namedQueries(EntityManagerFactory factory) throws Exception {
        List<String> ran = new ArrayList<>();
        EntityManager em = factory.createEntityManager();
        for (Class<?> entity : factory.getMetamodel().getEntities().stream().map(e -> e.getJavaType()).toList()) {
            for (NamedQuery named : namedQueriesOf(entity)) {
                Query query = em.createNamedQuery(named.name());
                for (Parameter<?> parameter : query.getParameters()) {
                    query.setParameter(parameter.getName(), valueFor(factory, entity, named.query(), parameter.getName()));
                }
                query.getResultList();
                ran.add(named.name());
            }
        }
        em.close();
        assertTrue(ran.size() >= 30, "every named query ran: " + ran);
    }

    private static List<NamedQuery> namedQueriesOf(Class<?> entity) {
        List<NamedQuery> queries = new ArrayList<>(List.of(entity.getAnnotationsByType(NamedQuery.class)));
        NamedQueries container = entity.getAnnotation(NamedQueries.class);
        if (container != null) {
            queries.addAll(List.of(container.value()));
        }
        return queries.stream().distinct().toList();
    }

    /** A value of the type of the attribute the parameter is compared with in the query's text. */
    private static Object valueFor(EntityManagerFactory factory, Class<?> entity, String jpql, String parameter) {
        Matcher m = Pattern.compile("(\\w+)\\.([\\w.]+)\\s*(=|<|>|<=|>=|in|between)\\s*:" + parameter + "\\b").matcher(jpql);
        if (!m.find()) {
            Matcher between = Pattern.compile("(\\w+)\\.([\\w.]+)\\s+between\\s+:\\w+\\s+and\\s+:" + parameter + "\\b").matcher(jpql);
            if (!between.find()) {
                throw new AssertionError("cannot tell the type of :" + parameter + " in " + jpql);
            }
            m = between;
        }
        Class<?> owner = ownerOf(factory, entity, jpql, m.group(1));
        // a path such as s.application.status: each segment an attribute of the previous one's entity
        Class<?> type = owner;
        for (String attribute : m.group(2).split("\\.")) {
            type = factory.getMetamodel().entity(type).getAttribute(attribute).getJavaType();
        }
        Object value = sample(type);
        return m.groupCount() >= 3 && "in".equals(m.group(3)) ? List.of(value) : value;
    }

    private static Class<?> ownerOf(EntityManagerFactory factory, Class<?> entity, String jpql, String alias) {
        Matcher declared = Pattern.compile("(?:from|join)\\s+([\\w.]+)\\s+" + alias + "\\b").matcher(jpql);
        assertTrue(declared.find(), alias + " in " + jpql);
        String path = declared.group(1);
        if (!path.contains(".")) {
            return factory.getMetamodel().getEntities().stream().filter(e -> e.getName().equals(path)).findFirst()
                    .orElseThrow().getJavaType();
        }
        String[] parts = path.split("\\.");
        Class<?> owner = ownerOf(factory, entity, jpql, parts[0]);
        var attribute = factory.getMetamodel().entity(owner).getAttribute(parts[1]);
        if (attribute instanceof jakarta.persistence.metamodel.PluralAttribute<?, ?, ?> plural) {
            return plural.getElementType().getJavaType();
        }
        return attribute.getJavaType();
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "x";
        } else if (type == Long.class || type == long.class) {
            return 0L;
        } else if (type == Integer.class || type == int.class) {
            return 0;
        } else if (type == LocalDate.class) {
            return LocalDate.now();
        } else if (type == Instant.class) {
            return Instant.now();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new AssertionError("no sample value of " + type);
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
