package kz.gov.elicense.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import kz.gov.elicense.register.entity.LicenceNumber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Licence numbers are unique and gap-free under concurrent issuance, also when some issues fail after taking
 * their number: 60 issues in parallel, every fifth rolled back.
 */
@ExtendWith(ArquillianExtension.class)
class LicenceNumberingIT {

    private static final int ISSUES = 60;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    RegisterProbe probe;

    @Resource
    ManagedExecutorService executor;

    @Test
    void concurrentIssuesGetConsecutiveNumbersWithoutGaps() throws Exception {
        // a year of its own, so that other tests' licences do not interleave
        LocalDate day = LocalDate.of(2031, 3, 2);
        long before = sequence(probe.issue(day, false));

        List<Future<String>> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            boolean fail = i % 5 == 4;
            issues.add(executor.submit(() -> probe.issue(day, fail)));
        }
        List<Long> issued = new ArrayList<>();
        int failed = 0;
        for (Future<String> issue : issues) {
            try {
                issued.add(sequence(issue.get()));
            } catch (ExecutionException e) {
                assertInstanceOf(EJBException.class, e.getCause());
                failed++;
            }
        }
        assertEquals(ISSUES / 5, failed);
        List<Long> expected = new ArrayList<>();
        for (long n = before + 1; n <= before + issued.size(); n++) {
            expected.add(n);
        }
        assertEquals(expected, issued.stream().sorted().toList(), "unique and without gaps");
        assertEquals(before + issued.size() + 1, sequence(probe.issue(day, false)), "the next one follows on");
    }

    private static long sequence(String number) {
        return new LicenceNumber(number).sequence();
    }
}
