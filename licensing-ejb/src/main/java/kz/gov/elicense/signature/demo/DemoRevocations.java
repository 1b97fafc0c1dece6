package kz.gov.elicense.signature.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The demo CAs' revocations, kept in {@value DemoPki#REVOCATIONS_FILE}: one line per certificate,
 * {@code <serial hex>;<revocation instant>;<reason>;<CA name>}, e.g.
 * {@code 3f2a...;2025-05-01T10:00:00Z;keyCompromise;legal-entities}. Blank lines and {@code #} comments are
 * ignored; the reason is an RFC 5280 name ({@code keyCompromise}, {@code superseded}, ...). The CA name says
 * whose CRL lists the serial, as serials are only unique per CA.
 * <p>
 * The file is read again on every question, so a developer can revoke a certificate by adding a line while the
 * server runs.
 */
public final class DemoRevocations {

    /** RFC 5280 reason names, indexed by reason code (= {@link CRLReason} ordinal; 7 is unused). */
    private static final List<String> REASON_NAMES = List.of("unspecified", "keyCompromise", "cACompromise",
            "affiliationChanged", "superseded", "cessationOfOperation", "certificateHold", "unused", "removeFromCRL",
            "privilegeWithdrawn", "aACompromise");

    /** One revoked certificate. */
    public record Revocation(BigInteger serial, Instant revokedAt, CRLReason reason, String ca) {

        public Revocation {
            Objects.requireNonNull(serial, "serial");
            Objects.requireNonNull(revokedAt, "revokedAt");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(ca, "ca");
        }

        /** The RFC 5280 reason code, as carried in CRL entries and OCSP responses. */
        public int reasonCode() {
            return reason.ordinal();
        }
    }

    private final Supplier<List<Revocation>> source;

    private DemoRevocations(Supplier<List<Revocation>> source) {
        this.source = source;
    }

    /** Reads {@code file} on every question; a missing file means nothing is revoked. */
    public static DemoRevocations file(Path file) {
        return new DemoRevocations(() -> read(file));
    }

    public static DemoRevocations of(List<Revocation> revocations) {
        List<Revocation> fixed = List.copyOf(revocations);
        return new DemoRevocations(() -> fixed);
    }

    /** @throws UncheckedIOException if the file cannot be read; IllegalArgumentException if a line is malformed */
    public List<Revocation> all() {
        return source.get();
    }

    /** The certificates of {@code ca} revoked at or before {@code at} (a later revocation date is not yet in force). */
    public List<Revocation> issuedBy(String ca, Instant at) {
        return all().stream().filter(r -> r.ca().equals(ca) && !r.revokedAt().isAfter(at)).toList();
    }

    public Optional<Revocation> find(String ca, BigInteger serial, Instant at) {
        return issuedBy(ca, at).stream().filter(r -> r.serial().equals(serial)).findFirst();
    }

    static String format(List<Revocation> revocations) {
        StringBuilder text = new StringBuilder()
                .append("# Revoked demo certificates, read by the demo OCSP responder and CRL issuer on every request.\n")
                .append("# serial (hex);revocation instant (UTC);reason (RFC 5280 name);issuing CA (")
                .append(String.join(", ", DemoPki.ROOT_CA, DemoPki.INDIVIDUALS_CA, DemoPki.LEGAL_ENTITIES_CA))
                .append(")\n");
        for (Revocation revocation : revocations) {
            text.append(revocation.serial().toString(16)).append(';')
                    .append(revocation.revokedAt()).append(';')
                    .append(REASON_NAMES.get(revocation.reasonCode())).append(';')
                    .append(revocation.ca()).append('\n');
        }
        return text.toString();
    }

    static List<Revocation> parse(String text) {
        List<Revocation> revocations = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(";", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException("Line " + (i + 1) + " of the revocations has " + fields.length
                        + " fields, not 4 (serial;instant;reason;CA): " + line);
            }
            try {
                revocations.add(new Revocation(new BigInteger(fields[0].strip(), 16), Instant.parse(fields[1].strip()),
                        reason(fields[2].strip()), fields[3].strip()));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("Line " + (i + 1) + " of the revocations: " + e.getMessage(), e);
            }
        }
        return List.copyOf(revocations);
    }

    private static CRLReason reason(String name) {
        for (int code = 0; code < REASON_NAMES.size(); code++) {
            if (REASON_NAMES.get(code).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) && code != 7) {
                return CRLReason.values()[code];
            }
        }
        throw new IllegalArgumentException("Unknown revocation reason " + name + "; one of " + REASON_NAMES);
    }

    private static List<Revocation> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
