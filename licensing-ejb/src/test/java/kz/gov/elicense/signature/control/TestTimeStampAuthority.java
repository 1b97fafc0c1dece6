package kz.gov.elicense.signature.control;

import java.math.BigInteger;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** A tiny RFC 3161 authority in the test: BouncyCastle's token generator with the test PKI's TSA key and a clock. */
final class TestTimeStampAuthority implements TimeStamper {

    private static final AtomicLong SERIALS = new AtomicLong();

    private final SigningKey key;
    private final Clock clock;
    private int calls;

    TestTimeStampAuthority(SigningKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    @Override
    public byte[] timeStamp(byte[] sha256) {
        return stamp(sha256);
    }

    /** A token over any digest, also one that is not the signature's (for tests that need a wrong one). */
    byte[] stamp(byte[] sha256) {
        calls++;
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(digests).build(new JcaContentSignerBuilder("SHA256withECDSA")
                            .setProvider(BouncyCastle.PROVIDER).build(key.privateKey()), key.certificate()),
                    digests.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.2.398.3.3.2.6.1"));
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            TimeStampRequestGenerator request = new TimeStampRequestGenerator();
            request.setCertReq(true); // as Rfc3161TimeStamper asks: the token then carries the authority's certificate
            return generator.generate(request.generate(TSPAlgorithms.SHA256, sha256),
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(clock.instant())).getEncoded();
        } catch (Exception e) {
            throw new TimeStampUnavailableException("test TSA failed: " + e.getMessage(), e);
        }
    }

    int calls() {
        return calls;
    }
}
