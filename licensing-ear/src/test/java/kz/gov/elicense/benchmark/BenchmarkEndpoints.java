package kz.gov.elicense.benchmark;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Set;

/**
 * Deployed only by the benchmark, in its own web module of the EAR under test ({@code /licensing-bench/bench}):
 * the baseline every figure is set beside (a trivial JSON answer through the same Undertow, RESTEasy and JSON-B as
 * the portal API, no security, no database), the server's heap as the load generator samples it, and the bulk
 * seeding ({@link BulkSeedResource}).
 */
@ApplicationPath("bench")
public class BenchmarkEndpoints extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Ping.class, HeapUsage.class, BulkSeedResource.class, BenchmarkJsonb.class);
    }

    /** The answer of the baseline endpoint. */
    public record Pong(String status) {
    }

    /** The server JVM's heap in bytes, as the memory MXBean reports it. */
    public record Heap(long used, long committed, long max) {
    }

    @Path("ping")
    public static class Ping {

        private static final Pong UP = new Pong("UP");

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Pong ping() {
            return UP;
        }
    }

    @Path("heap")
    public static class HeapUsage {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Heap heap() {
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            return new Heap(heap.getUsed(), heap.getCommitted(), heap.getMax());
        }
    }
}
