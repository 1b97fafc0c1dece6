package kz.gov.elicense.signature.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRevocationsTest {

    private static final Instant REVOKED_AT = Instant.parse("2025-03-01T10:15:30Z");

    @Test
    void readsWhatItWrites() {
        List<DemoRevocations.Revocation> revocations = List.of(
                new DemoRevocations.Revocation(new BigInteger("3f2a", 16), REVOKED_AT, CRLReason.KEY_COMPROMISE, "legal-entities"),
                new DemoRevocations.Revocation(BigInteger.TEN, REVOKED_AT, CRLReason.AA_COMPROMISE, "root"));

        assertEquals(revocations, DemoRevocations.parse(DemoRevocations.format(revocations)));
        assertTrue(DemoRevocations.format(revocations).contains("3f2a;2025-03-01T10:15:30Z;keyCompromise;legal-entities"));
    }

    @Test
    void aLineAddedByHandCountsAtTheNextQuestion(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("revocations.txt");
        Files.writeString(file, "# none yet\n");
        DemoRevocations revocations = DemoRevocations.file(file);
        assertEquals(List.of(), revocations.all());

        Files.writeString(file, "\nABCDEF ; 2025-03-01T10:15:30Z ; superseded ; individuals\n", java.nio.file.StandardOpenOption.APPEND);

        assertEquals(CRLReason.SUPERSEDED, revocations.find("individuals", new BigInteger("abcdef", 16), Instant.now())
                .orElseThrow().reason());
        assertTrue(revocations.find("legal-entities", new BigInteger("abcdef", 16), Instant.now()).isEmpty(),
                "serials are per CA");
        assertTrue(revocations.find("individuals", new BigInteger("abcdef", 16), REVOKED_AT.minusSeconds(1)).isEmpty(),
                "not yet revoked then");
    }

    @Test
    void aMissingFileRevokesNothing(@TempDir Path directory) {
        assertEquals(List.of(), DemoRevocations.file(directory.resolve("absent.txt")).all());
    }

    @Test
    void refusesMalformedLines() {
        assertThrows(IllegalArgumentException.class, () -> DemoRevocations.parse("3f2a;2025-03-01T10:15:30Z;keyCompromise\n"));
        assertThrows(IllegalArgumentException.class, () -> DemoRevocations.parse("xyz;2025-03-01T10:15:30Z;keyCompromise;root\n"));
        assertThrows(IllegalArgumentException.class, () -> DemoRevocations.parse("3f2a;yesterday;keyCompromise;root\n"));
        assertThrows(IllegalArgumentException.class, () -> DemoRevocations.parse("3f2a;2025-03-01T10:15:30Z;stolen;root\n"));
    }
}
