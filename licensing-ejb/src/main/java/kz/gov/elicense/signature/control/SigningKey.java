package kz.gov.elicense.signature.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate and the issuing CAs above it (leaf excluded), ready for {@link CmsSigner}.
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        chain = List.copyOf(chain);
    }

    /**
     * Loads a key from a PKCS#12 file (the format NCA RK issues keys in).
     *
     * @param alias the entry to use; {@code null} if the file holds exactly one key, which is then taken
     * @throws IOException              if the file cannot be read or the password is wrong
     * @throws GeneralSecurityException if the entry is missing, ambiguous or not a key with a certificate
     */
    public static SigningKey fromPkcs12(Path file, char[] password, String alias) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        String entry = alias != null ? alias : onlyKeyAlias(store, file);
        if (!store.isKeyEntry(entry)) {
            throw new GeneralSecurityException("PKCS#12 file " + file + " has no key entry \"" + entry
                    + "\"; it has " + Collections.list(store.aliases()));
        }
        PrivateKey key = (PrivateKey) store.getKey(entry, password);
        Certificate[] certificates = store.getCertificateChain(entry);
        if (certificates == null || certificates.length == 0) {
            throw new GeneralSecurityException("Key \"" + entry + "\" in " + file + " has no certificate");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (int i = 1; i < certificates.length; i++) {
            chain.add((X509Certificate) certificates[i]);
        }
        return new SigningKey(key, (X509Certificate) certificates[0], chain);
    }

    private static String onlyKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (keys.size() != 1) {
            throw new GeneralSecurityException("PKCS#12 file " + file + " holds " + keys.size()
                    + " keys " + keys + "; name the alias to use");
        }
        return keys.get(0);
    }

    /** Never prints key material, even if a provider's key {@code toString} would. */
    @Override
    public String toString() {
        return "SigningKey[" + certificate.getSubjectX500Principal() + ", serial "
                + certificate.getSerialNumber().toString(16) + "]";
    }
}
