package kz.gov.elicense.signature.boundary;

import kz.gov.elicense.signature.control.SigningKey;
import kz.gov.elicense.signature.control.TrustAnchors;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Whether the EDS can work, as judged at {@code at}: the problems found (none when ready) and what the operator
 * reads beside them.
 */
public record PkiReadiness(Instant at, List<String> problems, Map<String, String> facts) {

    /** How long a judgement stands before the next poll judges again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    private static final Duration TSA_TIMEOUT = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TSA_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public PkiReadiness {
        problems = List.copyOf(problems);
        facts = Map.copyOf(facts);
    }

    public boolean ready() {
        return problems.isEmpty();
    }

    boolean freshAt(Instant now) {
        return at.plus(FRESH_FOR).isAfter(now);
    }

    static PkiReadiness judge(Instant now, TrustAnchors anchors, SigningKey key, UnaryOperator<byte[]> sign,
                              String tsaUrl) {
        List<String> problems = new ArrayList<>();
        Map<String, String> facts = new LinkedHashMap<>();
        int anchorCount = anchors == null ? 0 : anchors.anchors().size();
        facts.put("trustAnchors", String.valueOf(anchorCount));
        if (anchorCount == 0) {
            problems.add("no trust anchors loaded");
        }
        if (key == null) {
            problems.add("no provider signing key loaded");
        } else {
            facts.put("signingKeyValidUntil", key.certificate().getNotAfter().toInstant().toString());
            try {
                key.certificate().checkValidity(Date.from(now));
                sign.apply(("readiness " + now).getBytes(StandardCharsets.US_ASCII));
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                problems.add("the provider's signing certificate is not valid now: " + e.getMessage());
            } catch (RuntimeException e) {
                problems.add("the provider's signing key does not sign: " + e.getMessage());
            }
        }
        if (tsaUrl == null) {
            facts.put("timeStampAuthority", "not configured (licensing.tsa.url): signatures are kept without time stamps");
        } else {
            facts.put("timeStampAuthority", tsaUrl);
            String unreachable = unreachable(tsaUrl);
            if (unreachable != null) {
                problems.add("the time-stamp authority " + tsaUrl + " " + unreachable);
            }
        }
        return new PkiReadiness(now, problems, facts);
    }

    /**
     * Why the authority cannot be reached, or {@code null} when it answers HTTP at all: a plain GET is not a
     * time-stamp request, so a refusal of it (405, 400) still shows the authority is there; a server error does not.
     */
    private static String unreachable(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(TSA_TIMEOUT)
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() >= 500 ? "answers HTTP " + response.statusCode() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "was not reached (interrupted)";
        } catch (Exception e) {
            return "is unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
