package kz.gov.elicense.signature.control;

import java.io.IOException;
import java.math.BigInteger;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 time-stamp authority reached over HTTP (POST {@code application/timestamp-query}), such as NCA RK's
 * TSP service. A token is returned only if the authority granted it, it stamps exactly the digest sent, carries
 * the request's nonce, and its signature verifies with the authority's certificate enclosed in it (requested with
 * certReq). Whether that authority is trusted is the verifier's question, not this client's. Thread-safe.
 */
public final class Rfc3161TimeStamper implements TimeStamper {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public Rfc3161TimeStamper(URI url) {
        this(url, DEFAULT_TIMEOUT);
    }

    /** @param timeout for the whole exchange, connection included */
    public Rfc3161TimeStamper(URI url, Duration timeout) {
        // the JVM's proxy settings (http.proxyHost, ...) apply, as the authority is outside
        this(url, timeout, HttpClient.newBuilder().connectTimeout(timeout)
                .proxy(ProxySelector.getDefault() != null ? ProxySelector.getDefault() : HttpClient.Builder.NO_PROXY)
                .build());
    }

    public Rfc3161TimeStamper(URI url, Duration timeout, HttpClient http) {
        this.url = Objects.requireNonNull(url, "url");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public byte[] timeStamp(byte[] sha256) {
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("A SHA-256 digest has 32 bytes");
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, random));
        byte[] answer;
        try {
            answer = post(request.getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding in memory cannot fail", e);
        }
        TimeStampResponse response;
        try {
            response = new TimeStampResponse(answer);
        } catch (TSPException | IOException | RuntimeException e) {
            throw unavailable("answered with something that is not a time-stamp response", e);
        }
        int status = response.getStatus();
        if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
            throw unavailable("refused the time-stamp (status " + status
                    + (response.getFailInfo() == null ? "" : ", failure info " + response.getFailInfo().intValue())
                    + (response.getStatusString() == null ? "" : ": " + response.getStatusString()) + ")", null);
        }
        try {
            // the imprint, its algorithm, the nonce and the presence of a signing-certificate attribute
            response.validate(request);
        } catch (TSPException e) {
            throw unavailable("answered with a token that does not match the request: " + e.getMessage(), e);
        }
        TimeStampToken token = response.getTimeStampToken();
        verifySignature(token);
        try {
            return token.getEncoded();
        } catch (IOException e) {
            throw unavailable("answered with a token that cannot be encoded", e);
        }
    }

    /** With the authority's certificate from the token: catches a corrupted token now rather than at verification. */
    private void verifySignature(TimeStampToken token) {
        @SuppressWarnings("unchecked") // SignerId is a raw Selector
        Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
        if (signers.isEmpty()) {
            throw unavailable("answered with a token without the authority's certificate, though it was requested", null);
        }
        try {
            // also checks the certificate's time-stamping EKU and validity at genTime and the ESSCertID hash
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER)
                    .build(signers.iterator().next()));
        } catch (TSPException | OperatorCreationException | java.security.cert.CertificateException e) {
            throw unavailable("answered with a token whose signature does not verify: " + e.getMessage(), e);
        }
    }

    private byte[] post(byte[] query) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/timestamp-query")
                .header("Accept", "application/timestamp-reply")
                .POST(HttpRequest.BodyPublishers.ofByteArray(query))
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            // the request timeout covers only the wait for the headers; this covers the body too
            HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                throw unavailable("answered HTTP " + response.statusCode(), null);
            }
            return response.body();
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw unavailable("did not answer within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof HttpTimeoutException) {
                throw unavailable("did not answer within " + timeout.toMillis() + " ms", cause);
            }
            throw unavailable("is unreachable (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("was not waited for: the thread was interrupted", e);
        }
    }

    private TimeStampUnavailableException unavailable(String what, Throwable cause) {
        return new TimeStampUnavailableException("The time-stamp authority " + url + " " + what, cause);
    }
}
