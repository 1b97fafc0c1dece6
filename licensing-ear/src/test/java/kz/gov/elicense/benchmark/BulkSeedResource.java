package kz.gov.elicense.benchmark;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * The benchmark's seeding path, deployed only with the benchmark: {@link BulkSeed} against the server's own
 * datasource, outside a JTA transaction (each 50,000-row chunk commits by itself), timed where it runs.
 */
@Path("seed")
@RequestScoped
public class BulkSeedResource {

    /** How many seeded rows there are now and how long this call took. */
    public record Seeded(long rows, double seconds) {
    }

    @Resource(lookup = "java:jboss/datasources/LicensingDS")
    DataSource dataSource;

    @POST
    @Path("applications")
    @Produces(MediaType.APPLICATION_JSON)
    public Seeded applications(@QueryParam("total") long total) throws SQLException {
        long start = System.nanoTime();
        long rows = new BulkSeed(dataSource).applicationsUpTo(total);
        return new Seeded(rows, (System.nanoTime() - start) / 1e9);
    }

    /** The database's plan for the inbox query, as text. */
    @jakarta.ws.rs.GET
    @Path("inbox-plan")
    @Produces(MediaType.TEXT_PLAIN)
    public String inboxPlan() throws SQLException {
        return new BulkSeed(dataSource).inboxPlan();
    }

    @POST
    @Path("licences")
    @Produces(MediaType.APPLICATION_JSON)
    public Seeded licences(@QueryParam("total") long total) throws SQLException {
        long start = System.nanoTime();
        long rows = new BulkSeed(dataSource).licencesUpTo(total);
        return new Seeded(rows, (System.nanoTime() - start) / 1e9);
    }
}
