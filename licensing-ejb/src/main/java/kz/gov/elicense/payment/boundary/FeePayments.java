package kz.gov.elicense.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.account.boundary.Accounts;
import kz.gov.elicense.application.boundary.ProcedureDefinition;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.checks.boundary.RegistryChecks;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.payment.control.FeeSchedule;
import kz.gov.elicense.payment.control.FeeStanding;
import kz.gov.elicense.payment.control.PaymentGatewayClient;
import kz.gov.elicense.payment.entity.CallbackDisposition;
import kz.gov.elicense.payment.entity.FeeEvidence;
import kz.gov.elicense.payment.entity.GatewayCallback;
import kz.gov.elicense.payment.entity.PaymentOrder;
import kz.gov.elicense.payment.entity.ReceiptDecision;
import kz.gov.elicense.problem.Rejection;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import static kz.gov.elicense.application.entity.OfficerRole.APPLICANT_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;

/**
 * The licence fee of an application (§2 process 4): the applicant orders the payment at the payment gateway, the
 * gateway's authenticated callback confirms it (any number of times, with one effect), or the executor confirms
 * or rejects the scanned receipt; the case engine asks whether the fee stands confirmed before a positive result.
 */
@Stateless
public class FeePayments {

    private static final Logger LOG = Logger.getLogger(FeePayments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Clock clock;

    @Inject
    RegistryChecks registryChecks;

    @Inject
    ServiceCatalogue services;

    @Inject
    PaymentGatewayClient gateway;

    @Inject
    Accounts accounts;

    /**
     * The applicant orders the payment of the fee of their application at the gateway; an order still pending is
     * handed out again rather than doubled. Refused when the fee is already shown paid, the service takes no fee or
     * the application is finished.
     */
    @RolesAllowed(APPLICANT_ROLE)
    public PaymentState.Order order(String number) {
        Application application = locked(number)
                .filter(a -> a.applicantId().equals(caller.getCallerPrincipal().getName()))
                // the same answer for "absent" and "not yours", so numbers of others cannot be probed
                .orElseThrow(() -> Rejection.notFound("Application " + number));
        if (application.status().isFinal()) {
            throw Rejection.conflict("application-closed", "The service is finished",
                    "Application " + number + " is " + application.status() + "; no fee is taken any more");
        }
        ProcedureDefinition procedure = services.declaration(application.procedure());
        if (!procedure.feeRequired()) {
            throw Rejection.conflict("no-fee", "This service takes no fee", procedure.title() + " is free of charge");
        }
        List<PaymentOrder> orders = ordersOf(number);
        Optional<FeeEvidence> evidence = evidence(application, orders);
        if (evidence.isPresent()) {
            throw Rejection.conflict("fee-already-paid", "The fee is already paid",
                    "The fee of application " + number + " is confirmed by " + evidence.get());
        }
        Optional<PaymentOrder> pending = orders.stream().filter(o -> !o.isConfirmed()).findFirst();
        if (pending.isPresent()) {
            return view(pending.get());
        }
        String code = application.procedure().code();
        FeeSchedule schedule = FeeSchedule.configured();
        long amount = schedule.feeOf(code).orElseThrow(() -> Rejection.conflict("fee-not-scheduled",
                "The fee of this service is not set", "The fee schedule " + schedule.file() + " has no amount for "
                        + code + "; the administrator must add it"));
        String reference = "FEE-" + UUID.randomUUID();
        String paymentUrl;
        try {
            paymentUrl = gateway.register(reference, amount, PaymentOrder.CURRENCY,
                    "Licence fee / Лицензиялық алым / Лицензионный сбор: " + procedure.title() + ", " + number);
        } catch (PaymentGatewayClient.GatewayUnavailable e) {
            throw Rejection.unavailable("payment-gateway-unavailable", "The payment gateway cannot be reached",
                    e.getMessage() + "; nothing was ordered, try again later");
        }
        PaymentOrder order = new PaymentOrder(reference, number, code, application.applicantId(), amount, paymentUrl,
                clock.instant());
        em.persist(order);
        return view(order);
    }

    /**
     * The gateway's callback: authenticated by the HMAC of its exact body, else refused with nothing changed.
     * Recorded whatever it does; only the first report of a payment confirms its order, a repeated one changes
     * nothing, a contradicting one (amount, currency, another transaction) is refused but kept for the record.
     */
    @PermitAll
    public CallbackAnswer acceptCallback(byte[] body, String signature) {
        GatewaySignature shared = GatewaySignature.configured().orElseThrow(() -> Rejection.unauthenticated(
                "callback-signature-invalid", "The callback is not authenticated",
                "No secret shared with the payment gateway is configured, so no callback can be trusted"));
        if (!shared.matches(body, signature)) {
            LOG.warning(() -> "Payment callback with " + (signature == null ? "no" : "a wrong") + " signature refused");
            throw Rejection.unauthenticated("callback-signature-invalid", "The callback is not authenticated",
                    "The " + GatewaySignature.HEADER + " header is missing or is not the HMAC-SHA256 of the body");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        Report report = Report.read(text);
        Instant now = clock.instant();
        Optional<PaymentOrder> found = em.createNamedQuery(PaymentOrder.BY_REFERENCE, PaymentOrder.class)
                .setParameter("reference", report.reference())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            em.persist(new GatewayCallback(report.reference(), null, report.transactionId(), report.amount(),
                    report.currency(), CallbackDisposition.UNKNOWN_ORDER, now, text));
            return new CallbackAnswer(report.reference(), CallbackDisposition.UNKNOWN_ORDER.name(), null);
        }
        PaymentOrder order = found.get();
        CallbackDisposition disposition = order.report(report.transactionId(), report.amount(), report.currency(), now);
        em.persist(new GatewayCallback(report.reference(), order.applicationNumber(), report.transactionId(),
                report.amount(), report.currency(), disposition, now, text));
        if (disposition == CallbackDisposition.CONFLICTING) {
            LOG.warning(() -> "Payment callback for " + order.reference() + " contradicts the order: " + text);
        }
        return new CallbackAnswer(order.reference(), disposition.name(), order.status().name());
    }

    /**
     * The assigned executor confirms the scanned receipt (the money arrived as it says) or rejects it with the
     * reason. The latest decision stands until the result is signed. An application of another division than the
     * executor's is answered as absent, and the attempt goes to the audit trail (issue 7).
     */
    @RolesAllowed(EXECUTOR_ROLE)
    public PaymentState.ReceiptDecision decideReceipt(String number, boolean confirmed, String note) {
        Application application = locked(number).orElseThrow(() -> Rejection.notFound("Application " + number));
        String officer = caller.getCallerPrincipal().getName();
        if (!accounts.divisionOf(officer).map(application.division()::equals).orElse(true)) {
            accounts.deniedOutsideDivision(officer, number, "fee-receipt decision");
            throw Rejection.notFound("Application " + number);
        }
        if (application.status().isFinal()) {
            throw Rejection.conflict("application-closed", "The service is finished",
                    "Application " + number + " is " + application.status());
        }
        String executor = caller.getCallerPrincipal().getName();
        if (!executor.equals(application.executor())) {
            throw Rejection.forbidden("Application " + number + " is not assigned to " + executor);
        }
        if (application.documents().stream().noneMatch(d -> d.kind() == DocumentKind.FEE_RECEIPT)) {
            throw Rejection.conflict("no-fee-receipt", "No receipt is attached",
                    "Application " + number + " has no scanned fee receipt (" + DocumentKind.FEE_RECEIPT + ")");
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (!confirmed && reason == null) {
            throw Rejection.invalid("note-required", "A rejected receipt needs the reason",
                    "Say why the receipt does not show the fee paid");
        }
        ReceiptDecision decision = new ReceiptDecision(number, confirmed, reason, executor, clock.instant());
        em.persist(decision);
        return view(decision);
    }

    /**
     * The case engine's gate before a positive result: the application's fee must stand confirmed, else the
     * conflict {@code fee-not-confirmed}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void requireConfirmedFee(Application application) {
        List<PaymentOrder> orders = ordersOf(application.number());
        if (evidence(application, orders).isPresent()) {
            return;
        }
        Optional<ReceiptDecision> decided = latestReceiptDecision(application.number());
        String state = decided.map(d -> "the receipt was rejected by " + d.decidedBy()
                        + (d.note() == null ? "" : " (" + d.note() + ")"))
                .orElseGet(() -> orders.isEmpty() ? "nothing was paid through the payment gateway"
                        : "the gateway has not confirmed the payment " + orders.get(orders.size() - 1).reference());
        throw Rejection.conflict("fee-not-confirmed", "The licence fee is not confirmed",
                "Application " + application.number() + ": " + state + ". The fee must be paid through the payment "
                        + "gateway, answered PAID by E-licensing, or shown by a receipt the executor confirms");
    }

    /**
     * Whether the fee stands confirmed by a gateway payment or by a receipt the executor confirmed: then an earlier
     * "unpaid" answer to the E-licensing fee question is superseded (the payment came after the question).
     */
    @PermitAll
    public boolean paidBeyondTheFeeQuestion(Application application) {
        return ordersOf(application.number()).stream().anyMatch(PaymentOrder::isConfirmed)
                || latestReceiptDecision(application.number()).map(ReceiptDecision::confirmed).orElse(false);
    }

    /** The fee state of an application for its view; {@code feeRequired} as its procedure declares. */
    @PermitAll
    public PaymentState stateOf(Application application, boolean feeRequired) {
        List<PaymentOrder> orders = ordersOf(application.number());
        Optional<FeeEvidence> evidence = evidence(application, orders);
        List<PaymentState.Callback> callbacks = em.createNamedQuery(GatewayCallback.BY_APPLICATION,
                        GatewayCallback.class)
                .setParameter("number", application.number()).getResultStream()
                .map(c -> new PaymentState.Callback(c.reference(), c.transactionId(), c.amount(), c.currency(),
                        c.disposition().name(), c.receivedAt()))
                .toList();
        List<PaymentState.ReceiptDecision> decisions = receiptDecisions(application.number()).stream()
                .map(FeePayments::view).toList();
        return new PaymentState(feeRequired, evidence.isPresent(), evidence.map(Enum::name).orElse(null),
                orders.stream().map(FeePayments::view).toList(), callbacks, decisions);
    }

    private Optional<FeeEvidence> evidence(Application application, List<PaymentOrder> orders) {
        boolean gatewayPaid = orders.stream().anyMatch(PaymentOrder::isConfirmed);
        boolean registryPaid = registryChecks.of(application.id()).stream()
                .anyMatch(c -> c.kind() == CheckKind.FEE_PAYMENT && c.outcome() == CheckOutcome.PAID);
        return FeeStanding.evidence(gatewayPaid, registryPaid,
                latestReceiptDecision(application.number()).map(ReceiptDecision::confirmed));
    }

    private Optional<Application> locked(String number) {
        return em.createNamedQuery(Application.BY_NUMBER, Application.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private List<PaymentOrder> ordersOf(String number) {
        return em.createNamedQuery(PaymentOrder.BY_APPLICATION, PaymentOrder.class)
                .setParameter("number", number).getResultList();
    }

    private List<ReceiptDecision> receiptDecisions(String number) {
        return em.createNamedQuery(ReceiptDecision.BY_APPLICATION, ReceiptDecision.class)
                .setParameter("number", number).getResultList();
    }

    private Optional<ReceiptDecision> latestReceiptDecision(String number) {
        List<ReceiptDecision> decisions = receiptDecisions(number);
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    private static PaymentState.Order view(PaymentOrder o) {
        return new PaymentState.Order(o.reference(), o.amount(), o.currency(), o.status().name(), o.paymentUrl(),
                o.orderedAt(), o.confirmedAt(), o.transactionId());
    }

    private static PaymentState.ReceiptDecision view(ReceiptDecision d) {
        return new PaymentState.ReceiptDecision(d.confirmed(), d.note(), d.decidedBy(), d.decidedAt());
    }

    /** The payment a callback reports: {@code reference}, {@code transactionId}, {@code amount}, {@code currency}, {@code status} PAID. */
    record Report(String reference, String transactionId, long amount, String currency) {

        static Report read(String body) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonObject report = reader.readObject();
                if (!"PAID".equals(report.getString("status", null))) {
                    throw invalid("status must be PAID, the only report this gateway sends");
                }
                JsonNumber amount = report.getJsonNumber("amount");
                if (amount == null || !amount.isIntegral()) {
                    throw invalid("amount must be whole tenge");
                }
                String reference = report.getString("reference");
                String transaction = report.getString("transactionId");
                if (reference.isBlank() || reference.length() > 64 || transaction.isBlank() || transaction.length() > 100) {
                    throw invalid("reference (up to 64) and transactionId (up to 100) must be given");
                }
                return new Report(reference, transaction, amount.longValueExact(), report.getString("currency"));
            } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
                throw invalid("the body must be a JSON object with reference, transactionId, amount, currency and "
                        + "status: " + e.getMessage());
            }
        }

        private static Rejection invalid(String detail) {
            return Rejection.invalid("callback-invalid", "The callback is not a payment report", detail);
        }
    }
}
