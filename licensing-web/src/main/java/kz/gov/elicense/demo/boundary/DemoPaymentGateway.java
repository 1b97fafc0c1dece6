package kz.gov.elicense.demo.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import kz.gov.elicense.configuration.ConfigurationDirectories;
import kz.gov.elicense.payment.boundary.GatewaySignature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The e-government payment gateway as a demo simulator (demo mode only): it takes payment orders, "pays" one when
 * asked, as the payer would on its payment page, and then reports the payment to the order's callback address,
 * signed with the shared secret, from another thread, retrying with backoff until it is answered, as a gateway does.
 * Its payments live in memory: a restart forgets them, as a test gateway may.
 */
@ApplicationScoped
public class DemoPaymentGateway {

    private static final Logger LOG = Logger.getLogger(DemoPaymentGateway.class.getName());
    private static final int ATTEMPTS = 5;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Payment> payments = new ConcurrentHashMap<>();

    public boolean enabled() {
        return Boolean.parseBoolean(ConfigurationDirectories.setting("licensing.demo.enabled").orElse("false"));
    }

    public Payment open(String reference, long amount, String currency, String description, String callbackUrl) {
        Payment payment = new Payment(UUID.randomUUID().toString(), reference, amount, currency, description,
                callbackUrl);
        payments.put(payment.id, payment);
        return payment;
    }

    public Optional<Payment> find(String id) {
        return Optional.ofNullable(payments.get(id));
    }

    /** The payer pays: once; the callback goes out asynchronously. Paying again changes nothing. */
    public Payment pay(Payment payment) {
        synchronized (payment) {
            if (payment.transactionId != null) {
                return payment;
            }
            payment.transactionId = "TX-" + UUID.randomUUID();
            payment.paidAt = Instant.now();
        }
        byte[] report = Json.createObjectBuilder()
                .add("reference", payment.reference)
                .add("transactionId", payment.transactionId)
                .add("amount", payment.amount)
                .add("currency", payment.currency)
                .add("status", "PAID")
                .add("paidAt", payment.paidAt.toString())
                .build().toString().getBytes(StandardCharsets.UTF_8);
        scheduler.schedule(() -> deliver(payment, report, 1), 0, TimeUnit.SECONDS);
        return payment;
    }

    private void deliver(Payment payment, byte[] report, int attempt) {
        int status;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(payment.callbackUrl))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(report));
            GatewaySignature.configured().ifPresent(s -> request.header(GatewaySignature.HEADER, s.sign(report)));
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return;
            }
            status = -1;
        }
        payment.callbacks.add(new CallbackAttempt(attempt, status, Instant.now()));
        // 404: the order may not be committed yet; 5xx or no answer: the system is away. Both are worth a retry.
        boolean retry = status == -1 || status == 404 || status >= 500;
        if (retry && attempt < ATTEMPTS) {
            long delay = 1L << (attempt - 1);
            scheduler.schedule(() -> deliver(payment, report, attempt + 1), delay, TimeUnit.SECONDS);
        } else if (status / 100 != 2) {
            int answered = status;
            LOG.warning(() -> "Demo payment gateway: callback for " + payment.reference + " answered " + answered
                    + " after " + attempt + " attempts; giving up");
        }
    }

    /** A payment at the simulated gateway. */
    public static final class Payment {
        final String id;
        final String reference;
        final long amount;
        final String currency;
        final String description;
        final String callbackUrl;
        final List<CallbackAttempt> callbacks = new CopyOnWriteArrayList<>();
        volatile String transactionId;
        volatile Instant paidAt;

        Payment(String id, String reference, long amount, String currency, String description, String callbackUrl) {
            this.id = id;
            this.reference = reference;
            this.amount = amount;
            this.currency = currency;
            this.description = description;
            this.callbackUrl = callbackUrl;
        }

        public View view(String paymentUrl) {
            return new View(id, reference, amount, currency, description, paymentUrl,
                    transactionId == null ? "AWAITING_PAYMENT" : "PAID", transactionId, paidAt, List.copyOf(callbacks));
        }
    }

    /** One delivery of the callback and the HTTP status it got (-1: no answer). */
    public record CallbackAttempt(int attempt, int status, Instant at) {
    }

    /** The payment as the simulator shows it. */
    public record View(String paymentId, String reference, long amount, String currency, String description,
                       String paymentUrl, String status, String transactionId, Instant paidAt,
                       List<CallbackAttempt> callbacks) {
    }
}
