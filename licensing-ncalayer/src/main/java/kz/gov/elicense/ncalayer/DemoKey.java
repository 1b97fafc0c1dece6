package kz.gov.elicense.ncalayer;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A demo applicant's key as the demo PKI writes it: {@code applicants/<BIN>.p12} for a legal entity (also the
 * variants such as {@code expired-<BIN>}), {@code individuals/<IIN>.p12} for a person; password {@code demo}, the
 * certificate with its chain up to the root. The provider's officer's key ({@code provider/head-signer}) can be used
 * too: trusted, but of no applicant.
 */
record DemoKey(String name, PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

    static final String PASSWORD = "demo";
    static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    DemoKey {
        chain = List.copyOf(chain);
    }

    /** The key of the demo applicant {@code name} (a BIN, an IIN or a variant's file name) in the PKI folder. */
    static DemoKey of(Path pki, String name) throws IOException, GeneralSecurityException {
        // provider/head-signer too: a trusted certificate that is nobody's applicant account, for the sign-in's refusal
        for (String folder : List.of("applicants", "individuals", "provider")) {
            Path file = pki.resolve(folder).resolve(name + ".p12");
            if (Files.isRegularFile(file)) {
                return load(name, file);
            }
        }
        throw new IOException("The demo PKI in " + pki + " has no key for " + name
                + " (neither applicants/" + name + ".p12 nor individuals/" + name + ".p12)");
    }

    static DemoKey load(String name, Path file) throws IOException, GeneralSecurityException {
        // BouncyCastle's PKCS#12 store: the demo PKI writes its files with BouncyCastle
        KeyStore store = KeyStore.getInstance("PKCS12", BOUNCY_CASTLE);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                Certificate[] certificates = store.getCertificateChain(alias);
                List<X509Certificate> chain = new ArrayList<>();
                for (int i = 1; i < certificates.length; i++) {
                    chain.add((X509Certificate) certificates[i]);
                }
                return new DemoKey(name, (PrivateKey) store.getKey(alias, PASSWORD.toCharArray()),
                        (X509Certificate) certificates[0], chain);
            }
        }
        throw new GeneralSecurityException(file + " holds no key");
    }
}
