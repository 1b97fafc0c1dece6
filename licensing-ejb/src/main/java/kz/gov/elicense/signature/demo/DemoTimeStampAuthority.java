package kz.gov.elicense.signature.demo;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import kz.gov.elicense.signature.control.BouncyCastle;
import kz.gov.elicense.signature.control.SigningKey;

/**
 * The demo time-stamp authority (RFC 3161): stamps SHA-256, SHA-384 and SHA-512 imprints with the clock's time,
 * accuracy one second, under one policy, with increasing serial numbers, and includes its certificate when asked.
 * Other digest algorithms, other requested policies and request extensions are rejected with a
 * {@code rejection} status. Thread-safe.
 */
public final class DemoTimeStampAuthority {

    private static final Set<ASN1ObjectIdentifier> DIGESTS = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
            TSPAlgorithms.SHA512);

    private final TimeStampTokenGenerator tokens;
    private final Set<ASN1ObjectIdentifier> policies;
    private final Clock clock;
    private BigInteger lastSerial;

    /** @param policy OID of the tokens' policy, e.g. {@value DemoPki#TSA_POLICY} */
    public DemoTimeStampAuthority(SigningKey tsa, String policy, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        // starts at the clock's milliseconds, so serials keep growing across restarts too
        this.lastSerial = BigInteger.valueOf(clock.millis());
        try {
            String algorithm = tsa.privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            this.tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BouncyCastle.PROVIDER)
                            .build(algorithm, tsa.privateKey(), tsa.certificate()),
                    // for the ESSCertIDv2 of the signing-certificate attribute
                    new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier(policy));
            tokens.setAccuracySeconds(1);
            tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
            this.policies = Set.of(new ASN1ObjectIdentifier(policy));
        } catch (OperatorCreationException | TSPException | CertificateEncodingException e) {
            // TimeStampTokenGenerator refuses a certificate without the critical time-stamping EKU
            throw new IllegalArgumentException("Not usable as a time-stamp authority key: " + tsa, e);
        }
    }

    /**
     * @param derTimeStampRequest the body of a POST with content type {@code application/timestamp-query}
     * @return a DER TimeStampResp, to be sent with content type {@code application/timestamp-reply}; a
     *         {@code rejection} status rather than an exception for a request it cannot grant
     */
    public synchronized byte[] respond(byte[] derTimeStampRequest) {
        // synchronized: the generator's signer is not thread-safe, and serials must be unique
        // A response generator per request: BouncyCastle's ORs every failure into a field it never clears, so a
        // reused one would put an earlier request's failure bits into later responses, granted ones included.
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, DIGESTS, policies, Set.of());
        try {
            TimeStampRequest request;
            try {
                request = new TimeStampRequest(derTimeStampRequest);
            } catch (IOException | RuntimeException e) {
                return responses.generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badDataFormat,
                        "not a DER TimeStampReq").getEncoded();
            }
            lastSerial = lastSerial.add(BigInteger.ONE);
            // generate() turns a request it refuses (e.g. badAlg) into a rejection response
            return responses.generate(request, lastSerial, Date.from(clock.instant())).getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("Could not produce a time-stamp response", e);
        }
    }
}
