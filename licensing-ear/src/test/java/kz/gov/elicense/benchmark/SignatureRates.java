package kz.gov.elicense.benchmark;

import kz.gov.elicense.signature.control.BouncyCastle;
import kz.gov.elicense.signature.control.CmsSignatureVerifier;
import kz.gov.elicense.signature.control.CmsSigner;
import kz.gov.elicense.signature.control.NoRevocationChecking;
import kz.gov.elicense.signature.control.SigningKey;
import kz.gov.elicense.signature.control.TrustAnchors;
import kz.gov.elicense.signature.entity.ExpectedSigner;

import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures signatures per second: the raw BouncyCastle loop (the algorithm alone) and the application's CMS
 * path (detached CAdES signature with signed attributes; verification with structure, certificate path and
 * key-usage checks, revocation off so the network does not count). Same content, same keys, one thread.
 */
final class SignatureRates {

    static final int WARM_UP = 200;
    static final int SECONDS = 3;

    private SignatureRates() {
    }

    record Rate(String algorithm, String path, double signPerSecond, double verifyPerSecond) {
        @Override
        public String toString() {
            return String.format("%-10s %-28s %10.0f %10.0f", algorithm, path, signPerSecond, verifyPerSecond);
        }
    }

    /** The rates of the demo PKI's RSA and EC applicant keys. */
    static List<Rate> measure(Path pki, String where) throws Exception {
        TrustAnchors anchors = TrustAnchors.fromPem(pki.resolve("trust"));
        List<Rate> rates = new ArrayList<>();
        for (String[] key : new String[][]{{"RSA-2048", "150440001011", "SHA256withRSA"},
                {"EC P-256", "160540002025", "SHA256withECDSA"}}) {
            SigningKey signing = SigningKey.fromPkcs12(pki.resolve("applicants").resolve(key[1] + ".p12"),
                    "demo".toCharArray(), null);
            byte[] content = new byte[1024];
            rates.add(raw(key[0], where, signing, key[2], content));
            rates.add(cms(key[0], where, signing, anchors, content));
        }
        return rates;
    }

    private static Rate raw(String algorithm, String where, SigningKey key, String jca, byte[] content) throws Exception {
        Signature signer = Signature.getInstance(jca, BouncyCastle.PROVIDER);
        Signature verifier = Signature.getInstance(jca, BouncyCastle.PROVIDER);
        byte[][] signature = new byte[1][];
        double sign = rate(() -> {
            signer.initSign(key.privateKey());
            signer.update(content);
            signature[0] = signer.sign();
        });
        double verify = rate(() -> {
            verifier.initVerify(key.certificate().getPublicKey());
            verifier.update(content);
            if (!verifier.verify(signature[0])) {
                throw new IllegalStateException("raw verification failed");
            }
        });
        return new Rate(algorithm, "raw BouncyCastle, " + where, sign, verify);
    }

    private static Rate cms(String algorithm, String where, SigningKey key, TrustAnchors anchors, byte[] content)
            throws Exception {
        CmsSigner signer = new CmsSigner(Clock.systemUTC());
        CmsSignatureVerifier verifier = new CmsSignatureVerifier(anchors, Clock.systemUTC(), NoRevocationChecking.INSTANCE);
        byte[][] cms = new byte[1][];
        double sign = rate(() -> cms[0] = signer.signDetached(content, key));
        double verify = rate(() -> {
            if (!verifier.verifyDetached(content, cms[0], ExpectedSigner.ANY).valid()) {
                throw new IllegalStateException("CMS verification failed");
            }
        });
        return new Rate(algorithm, "CMS/CAdES, " + where, sign, verify);
    }

    interface Operation {
        void run() throws Exception;
    }

    private static double rate(Operation operation) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            operation.run();
        }
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        long start = System.nanoTime();
        int count = 0;
        while (System.nanoTime() < end) {
            operation.run();
            count++;
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
