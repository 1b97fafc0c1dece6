package kz.gov.elicense.signature.control;

import static kz.gov.elicense.signature.control.CadesTestPki.T0;
import static kz.gov.elicense.signature.control.CadesTestPki.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.VerificationStatus;

/**
 * A thousand signed documents, each with one byte changed at a random place in the content or in the signature
 * (seeded, so a failure is reproducible): not one may be accepted, nor left undecided. Bytes outside the signed
 * attributes (version numbers, the digest algorithm list, the enclosed certificates, the time-stamp token) count:
 * they are what the structural checks are for.
 */
class TamperedSignaturesTest {

    private static final int DOCUMENTS = 1_000;
    private static final Instant NOW = T0.plus(Duration.ofMinutes(1));

    @Test
    void aThousandDocumentsWithOneByteChangedAreAllRejected() {
        CadesTestPki pki = new CadesTestPki();
        List<SigningKey> keys = List.of(pki.signer(pki.head()), pki.signer(pki.head().keyType("RSA", 2048)));
        CmsSigner signer = new CmsSigner(at(T0));
        TestTimeStampAuthority tsa = new TestTimeStampAuthority(pki.tsa, at(T0));
        CmsSignatureVerifier verifier = new CmsSignatureVerifier(pki.anchors(), at(NOW),
                new FakeRevocationSource(pki, at(NOW), FakeRevocationSource.Mode.OCSP));
        Random random = new Random(Long.getLong("tamper.seed", 20260302L));

        Map<String, Integer> outcomes = new TreeMap<>();
        int inContent = 0;
        for (int document = 0; document < DOCUMENTS; document++) {
            byte[] content = new byte[64 + random.nextInt(400)];
            random.nextBytes(content);
            SigningKey key = keys.get(document % 2);
            byte[] cms = document % 4 < 2 ? signer.signDetached(content, key) : signer.signDetached(content, key, tsa);
            if (document % 100 == 0) {
                SignatureVerification untouched = verifier.verifyDetached(content, cms, ExpectedSigner.organisationSignatory(
                        CadesTestPki.BIN));
                assertTrue(untouched.valid(), "the untouched document " + document + " verifies: " + untouched.reason());
            }

            int position = random.nextInt(content.length + cms.length);
            byte change = (byte) (1 + random.nextInt(255)); // never 0: the byte really changes
            if (position < content.length) {
                content[position] ^= change;
                inContent++;
            } else {
                cms[position - content.length] ^= change;
            }
            SignatureVerification result = verifier.verifyDetached(content, cms,
                    ExpectedSigner.organisationSignatory(CadesTestPki.BIN));

            String outcome = result.status() == VerificationStatus.INVALID
                    ? (result.failure() == SignatureFailure.MALFORMED ? "MALFORMED" : "INVALID:" + result.failure())
                    : result.status().name();
            outcomes.merge(outcome, 1, Integer::sum);
            assertEquals(VerificationStatus.INVALID, result.status(), "document " + document + ", byte " + position
                    + (position < content.length ? " of the content" : " of the signature") + " changed: " + result.reason());
        }

        int malformed = outcomes.getOrDefault("MALFORMED", 0);
        int invalid = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("INVALID:"))
                .mapToInt(Map.Entry::getValue).sum();
        System.out.println("1,000 tampered documents (" + inContent + " changed in the content): " + malformed
                + " MALFORMED, " + invalid + " INVALID otherwise, 0 accepted; " + outcomes);
        assertEquals(DOCUMENTS, malformed + invalid, "every one rejected: " + outcomes);
        assertEquals(0, outcomes.getOrDefault("VALID", 0));
        assertEquals(0, outcomes.getOrDefault("INDETERMINATE", 0));
    }
}
