package kz.gov.elicense.benchmark;

import kz.gov.elicense.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The benchmark command ({@code mvn -Pbenchmark verify}, see README): the EAR plus a benchmark-only web module
 * (the baseline endpoint, the heap probe and the bulk seeding) in the provisioned server; the signature rates
 * measured inside it; then, from outside, every HTTP scenario and the table ({@link BenchmarkRun}). A benchmark,
 * not a test: it prints figures and fails only if it cannot measure.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerBenchmark {

    static final String SIGNATURE_REPORT = "signature-benchmark.txt";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(Testable.archiveToTest(ShrinkWrap.create(WebArchive.class, "licensing-bench.war")
                .addClasses(ServerBenchmark.class, SignatureRates.class, SignatureRates.Rate.class,
                        SignatureRates.Operation.class, BenchmarkEndpoints.class, BenchmarkEndpoints.Ping.class,
                        BenchmarkEndpoints.HeapUsage.class, BenchmarkEndpoints.Pong.class, BenchmarkEndpoints.Heap.class,
                        BulkSeedResource.class, BulkSeedResource.Seeded.class, BulkSeed.class, BenchmarkJsonb.class)
                .addClass(BulkSeed.class.getName() + "$Dialect")
                .addClass(BulkSeed.class.getName() + "$Dialect$1")
                .addClass(BulkSeed.class.getName() + "$Dialect$2")));
    }

    /** Runs first, while the server is idle: the deployed application's signature rates inside WildFly. */
    @Test
    @Order(1)
    void measureSignaturesInTheContainer() throws Exception {
        List<SignatureRates.Rate> rates = SignatureRates.measure(Path.of(System.getProperty("licensing.pki.dir")),
                "in WildFly");
        Files.writeString(Path.of(System.getProperty("jboss.server.log.dir"), SIGNATURE_REPORT),
                rates.stream().map(SignatureRates.Rate::toString).collect(Collectors.joining("\n")) + "\n");
    }

    @Test
    @Order(2)
    @RunAsClient
    void runTheScenariosAndPrintTheTable() throws Exception {
        new BenchmarkRun().run();
    }
}
