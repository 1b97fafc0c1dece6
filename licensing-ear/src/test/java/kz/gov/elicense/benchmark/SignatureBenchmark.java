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
 * Sign and verify rates inside WildFly (the deployed application's classes and BouncyCastle, loaded by the
 * EAR) against raw BouncyCastle in a plain JVM on the same machine. A benchmark, not a test: it prints figures
 * and fails only if a signature does not verify. Run with {@code mvn -Pbenchmark verify} (see README).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignatureBenchmark {

    private static final String REPORT = "signature-benchmark.txt";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(Testable.archiveToTest(ShrinkWrap.create(WebArchive.class, "licensing-bench.war")
                .addClasses(SignatureBenchmark.class, SignatureRates.class, SignatureRates.Rate.class,
                        SignatureRates.Operation.class)));
    }

    @Test
    @Order(1)
    void measureInTheContainer() throws Exception {
        List<SignatureRates.Rate> rates = SignatureRates.measure(Path.of(System.getProperty("licensing.pki.dir")),
                "in WildFly");
        Files.writeString(Path.of(System.getProperty("jboss.server.log.dir"), REPORT),
                rates.stream().map(SignatureRates.Rate::toString).collect(Collectors.joining("\n")) + "\n");
    }

    @Test
    @Order(2)
    @RunAsClient
    void compareWithRawBouncyCastleOnThisMachine() throws Exception {
        List<SignatureRates.Rate> raw = SignatureRates.measure(Path.of(System.getProperty("licensing.pki.dir")),
                "plain JVM");
        List<String> container = Files.readAllLines(Path.of(System.getProperty("jboss.home"), "standalone", "log", REPORT));
        StringBuilder table = new StringBuilder("\nSignature rates, one thread, 1 KiB content (per second)\n")
                .append(String.format("%-10s %-28s %10s %10s%n", "algorithm", "path", "sign", "verify"));
        raw.forEach(r -> table.append(r).append('\n'));
        container.forEach(line -> table.append(line).append('\n'));
        table.append("\nIn WildFly against a plain JVM on this machine (target >= 0.8), and against the raw algorithm:\n");
        for (String line : container) {
            String[] cells = line.trim().split("\\s{2,}");
            String algorithm = cells[0];
            String path = cells[1].replace(", in WildFly", "");
            double sign = Double.parseDouble(cells[cells.length - 2].trim());
            double verify = Double.parseDouble(cells[cells.length - 1].trim());
            SignatureRates.Rate plain = raw.stream().filter(r -> r.algorithm().equals(algorithm)
                    && r.path().startsWith(path)).findFirst().orElseThrow();
            SignatureRates.Rate rawAlgorithm = raw.stream().filter(r -> r.algorithm().equals(algorithm)
                    && r.path().startsWith("raw")).findFirst().orElseThrow();
            table.append(String.format("%-10s %-18s same path: sign %.2f verify %.2f | raw algorithm: sign %.2f verify %.2f%n",
                    algorithm, path, sign / plain.signPerSecond(), verify / plain.verifyPerSecond(),
                    sign / rawAlgorithm.signPerSecond(), verify / rawAlgorithm.verifyPerSecond()));
        }
        System.out.println(table);
    }
}
