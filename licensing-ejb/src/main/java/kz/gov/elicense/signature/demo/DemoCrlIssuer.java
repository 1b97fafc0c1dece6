package kz.gov.elicense.signature.demo;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import kz.gov.elicense.signature.control.BouncyCastle;
import kz.gov.elicense.signature.control.SigningKey;

/**
 * Issues the demo CAs' CRLs on demand: a fresh CRL on every call, signed by the CA itself, listing the serials
 * {@link DemoRevocations} names for that CA. Thread-safe.
 */
public final class DemoCrlIssuer {

    /** Between thisUpdate and nextUpdate, as NCA RK's CRLs. */
    static final Duration VALIDITY = Duration.ofDays(1);

    private final Map<String, SigningKey> cas;
    private final DemoRevocations revocations;
    private final Clock clock;
    /** CRL numbers must grow; the issuing second does across restarts, and the counter within one second. */
    private final AtomicLong lastNumber = new AtomicLong();

    /** @param cas each CA's own key, by name (as in {@link DemoRevocations}) */
    public DemoCrlIssuer(Map<String, SigningKey> cas, DemoRevocations revocations, Clock clock) {
        this.cas = new LinkedHashMap<>(cas);
        this.revocations = Objects.requireNonNull(revocations, "revocations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Set<String> caNames() {
        return cas.keySet();
    }

    /**
     * @param caName e.g. {@code legal-entities}, as in the CRL URL {@code /pki/crl/legal-entities.crl}
     * @return the DER CRL, to be sent with content type {@code application/pkix-crl}
     * @throws IllegalArgumentException for a CA that is not ours (for HTTP: 404)
     */
    public byte[] crl(String caName) {
        SigningKey ca = cas.get(caName);
        if (ca == null) {
            throw new IllegalArgumentException("No demo CA is named " + caName + "; there are " + cas.keySet());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long number = lastNumber.updateAndGet(last -> Math.max(last + 1, now.getEpochSecond()));
        try {
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(ca.certificate(), Date.from(now))
                    .setNextUpdate(Date.from(now.plus(VALIDITY)));
            for (DemoRevocations.Revocation revocation : revocations.issuedBy(caName, now)) {
                builder.addCRLEntry(revocation.serial(), Date.from(revocation.revokedAt()), revocation.reasonCode());
            }
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
            String algorithm = ca.privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            return builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER)
                    .build(ca.privateKey())).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not issue the CRL of " + caName, e);
        }
    }
}
