package kz.gov.elicense.observability.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

/** The licensing database answers a trivial query through the application's own datasource and pool. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "licensing-database";
    static final String DATASOURCE = "java:jboss/datasources/LicensingDS";

    @Override
    public HealthCheckResponse call() {
        try {
            DataSource database = Checks.lookup(DATASOURCE, DataSource.class);
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(3);
                try (ResultSet result = statement.executeQuery("select 1")) {
                    result.next();
                }
                return HealthCheckResponse.named(NAME).up()
                        .withData("datasource", DATASOURCE)
                        .withData("database", connection.getMetaData().getDatabaseProductName())
                        .build();
            }
        } catch (Exception failure) {
            return Checks.down(NAME, Checks.reason(failure), Map.of("datasource", DATASOURCE));
        }
    }
}
