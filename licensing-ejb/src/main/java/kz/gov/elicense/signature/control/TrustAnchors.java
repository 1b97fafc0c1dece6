package kz.gov.elicense.signature.control;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.OperatorCreationException;

import kz.gov.elicense.signature.gost.GostAlgorithms;
import kz.gov.elicense.signature.gost.GostOperators;

/**
 * The certificates a signer's certificate must chain to: self-signed root CAs become trust anchors, every
 * other certificate is an intermediate CA that may be used to build the path (it is itself checked up to an
 * anchor, so listing it grants no trust on its own). GOST roots, NCA RK's included, are recognised like RSA and
 * EC ones, so a configuration of GOST certificates only is valid.
 * <p>
 * Immutable and thread-safe.
 */
public final class TrustAnchors {

    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> intermediates;

    private TrustAnchors(Set<TrustAnchor> anchors, List<X509Certificate> intermediates) {
        this.anchors = anchors;
        this.intermediates = intermediates;
    }

    /**
     * Loads PEM certificates from files and directories; a directory contributes its {@code *.pem},
     * {@code *.crt} and {@code *.cer} files (not recursively). A file may hold any number of certificates,
     * and text around the PEM blocks (such as {@code openssl x509 -text} output) is ignored.
     *
     * @throws IllegalArgumentException if no self-signed certificate is found: nothing would be trusted
     */
    public static TrustAnchors fromPem(Path... locations) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path location : locations) {
            for (Path file : pemFiles(location)) {
                certificates.addAll(readPem(file));
            }
        }
        return of(certificates);
    }

    /** @throws IllegalArgumentException if none of the certificates is self-signed */
    public static TrustAnchors of(Collection<X509Certificate> certificates) {
        // keyed by encoding: the same CA often arrives twice (in a bundle and as a single file)
        Map<String, X509Certificate> unique = new LinkedHashMap<>();
        for (X509Certificate certificate : certificates) {
            unique.putIfAbsent(fingerprint(certificate), certificate);
        }
        Map<Boolean, List<X509Certificate>> bySelfSigned = unique.values().stream()
                .collect(Collectors.partitioningBy(TrustAnchors::isSelfSigned));
        if (bySelfSigned.get(true).isEmpty()) {
            throw new IllegalArgumentException("None of the " + unique.size()
                    + " certificates is a self-signed root CA, so there is no trust anchor");
        }
        Set<TrustAnchor> anchors = bySelfSigned.get(true).stream()
                .map(c -> new TrustAnchor(c, null))
                .collect(Collectors.toUnmodifiableSet());
        return new TrustAnchors(anchors, List.copyOf(bySelfSigned.get(false)));
    }

    public Set<TrustAnchor> anchors() {
        return anchors;
    }

    public List<X509Certificate> intermediates() {
        return intermediates;
    }

    private static List<Path> pemFiles(Path location) throws IOException {
        if (!Files.isDirectory(location)) {
            if (!Files.isRegularFile(location)) {
                throw new IOException("Trust anchor location " + location + " is neither a file nor a directory");
            }
            return List.of(location);
        }
        try (Stream<Path> entries = Files.list(location)) {
            return entries
                    .filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer");
                    })
                    .sorted()
                    .toList();
        }
    }

    static List<X509Certificate> readPem(Path file) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
        // Latin-1 never fails to decode: the PEM blocks are ASCII, the text around them may be anything
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
             PEMParser parser = new PEMParser(reader)) {
            Object item;
            while ((item = parser.readObject()) != null) {
                // keys or CRLs in a bundle are not ours to interpret; skipping them keeps bundles usable
                if (item instanceof X509CertificateHolder holder) {
                    certificates.add(converter.getCertificate(holder));
                }
            }
        } catch (CertificateException e) {
            throw new IOException("Unreadable certificate in " + file + ": " + e.getMessage(), e);
        }
        return certificates;
    }

    /**
     * Self-signed, not merely self-issued: the signature must verify with the certificate's own key. A GOST key
     * (NCA RK's have no JCA {@code PublicKey}: {@code getPublicKey()} is {@code null}) is checked through
     * {@link GostOperators} from the certificate's {@code SubjectPublicKeyInfo}; RSA and EC keys by the JCA.
     */
    private static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        X509CertificateHolder holder = gostHolder(certificate);
        if (holder != null) {
            try {
                return holder.isSignatureValid(GostOperators.contentVerifierProvider(holder.getSubjectPublicKeyInfo()));
            } catch (CertException | OperatorCreationException | RuntimeException e) {
                return false;
            }
        }
        try {
            certificate.verify(certificate.getPublicKey(), BouncyCastle.PROVIDER);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The certificate as a holder if its key is a GOST key, otherwise {@code null}. */
    private static X509CertificateHolder gostHolder(X509Certificate certificate) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
            return GostAlgorithms.isGostKey(holder.getSubjectPublicKeyInfo()) ? holder : null;
        } catch (CertificateEncodingException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
