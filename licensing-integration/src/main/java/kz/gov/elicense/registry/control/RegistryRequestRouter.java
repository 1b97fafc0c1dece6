package kz.gov.elicense.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.registry.entity.AdministrativeOffence;
import kz.gov.elicense.registry.entity.Check;
import kz.gov.elicense.registry.entity.CriminalRecord;
import kz.gov.elicense.registry.entity.Dismissal;
import kz.gov.elicense.registry.entity.FeePayment;
import kz.gov.elicense.registry.entity.Individual;
import kz.gov.elicense.registry.entity.LegalEntity;
import kz.gov.elicense.registry.entity.MalformedRequestException;
import kz.gov.elicense.registry.entity.Outcome;
import kz.gov.elicense.registry.entity.RegistryReply;
import kz.gov.elicense.registry.entity.RegistryRequest;
import kz.gov.elicense.registry.entity.ScheduledReply;
import kz.gov.elicense.registry.entity.SpecialAccountsAnswer;
import kz.gov.elicense.registry.entity.SpecialAccountsFinding;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends each check to the registry port that can answer it and words the answer for the officer. Knows
 * nothing of JMS, so the same routing serves a future HTTP front end and runs in plain unit tests.
 */
@ApplicationScoped
public class RegistryRequestRouter {

    private final LegalEntityRegistry legalEntities;
    private final IndividualRegistry individuals;
    private final SpecialAccounts specialAccounts;
    private final DismissedPersonsRegister dismissedPersons;
    private final PaymentGateway payments;

    /** For the CDI client proxy only. */
    protected RegistryRequestRouter() {
        this(null, null, null, null, null);
    }

    @Inject
    public RegistryRequestRouter(LegalEntityRegistry legalEntities, IndividualRegistry individuals,
                                 SpecialAccounts specialAccounts, DismissedPersonsRegister dismissedPersons,
                                 PaymentGateway payments) {
        this.legalEntities = legalEntities;
        this.individuals = individuals;
        this.specialAccounts = specialAccounts;
        this.dismissedPersons = dismissedPersons;
        this.payments = payments;
    }

    /**
     * Answers a raw request body. A body that cannot be served gets an {@link Outcome#ERROR} reply rather than
     * an exception: it is a permanent error and must not be redelivered.
     *
     * @param body the JSON text of the request, or {@code null} when the message carried no text
     */
    public ScheduledReply answer(String body) {
        try {
            return answer(RegistryRequest.fromJson(body));
        } catch (MalformedRequestException e) {
            return ScheduledReply.immediate(RegistryReply.error(e.check(), e.subject(), e.getMessage()));
        }
    }

    public ScheduledReply answer(RegistryRequest request) {
        String subject = request.subject();
        return switch (request.check()) {
            case LEGAL_ENTITY -> ScheduledReply.immediate(legalEntity(subject));
            case INDIVIDUAL -> ScheduledReply.immediate(individual(subject));
            case CRIMINAL_RECORD -> ScheduledReply.immediate(criminalRecord(subject));
            case ADMINISTRATIVE_LIABILITY -> ScheduledReply.immediate(administrativeLiability(subject));
            case FEE_PAYMENT -> ScheduledReply.immediate(feePayment(subject, request.procedure()));
            case SPECIAL_ACCOUNTS -> specialAccounts(subject);
            case DISMISSED_PERSONS -> ScheduledReply.immediate(dismissedPersons(subject));
        };
    }

    private RegistryReply legalEntity(String bin) {
        Optional<LegalEntity> found = legalEntities.findByBin(bin);
        if (found.isEmpty()) {
            return RegistryReply.of(Check.LEGAL_ENTITY, bin, Outcome.NOT_FOUND,
                    "No legal entity with BIN " + bin + " is registered in the state database of legal entities.");
        }
        LegalEntity entity = found.get();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("name", entity.name());
        data.put("registrationDate", iso(entity.registrationDate()));
        data.put("legalAddress", entity.legalAddress());
        data.put("headIin", entity.headIin());
        data.put("headName", entity.headName());
        data.put("status", entity.status().name());
        String summary = entity.name() + " (BIN " + bin + ") is registered since " + iso(entity.registrationDate())
                + " with status " + entity.status() + "; its head is " + entity.headName()
                + " (IIN " + entity.headIin() + ").";
        return RegistryReply.of(Check.LEGAL_ENTITY, bin, Outcome.FOUND, summary, data);
    }

    private RegistryReply individual(String iin) {
        Optional<Individual> found = individuals.findByIin(iin);
        if (found.isEmpty()) {
            return RegistryReply.of(Check.INDIVIDUAL, iin, Outcome.NOT_FOUND,
                    "No individual with IIN " + iin + " is registered in the state database of individuals.");
        }
        Individual person = found.get();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("fullName", person.fullName());
        data.put("birthDate", iso(person.birthDate()));
        return RegistryReply.of(Check.INDIVIDUAL, iin, Outcome.FOUND,
                "IIN " + iin + " belongs to " + person.fullName() + ", born " + iso(person.birthDate()) + ".", data);
    }

    private RegistryReply criminalRecord(String iin) {
        Optional<CriminalRecord> found = specialAccounts.criminalRecord(iin);
        if (found.isEmpty()) {
            return RegistryReply.of(Check.CRIMINAL_RECORD, iin, Outcome.CLEAR,
                    "The special accounts hold no unexpunged conviction and no pending criminal proceedings for IIN "
                            + iin + ".");
        }
        CriminalRecord record = found.get();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("kind", record.kind().name());
        data.put("article", record.article());
        data.put("recordedOn", iso(record.recordedOn()));
        data.put("authority", record.authority());
        String summary = switch (record.kind()) {
            case UNEXPUNGED_CONVICTION -> "IIN " + iin + " has an unexpunged conviction under " + record.article()
                    + ", sentenced on " + iso(record.recordedOn()) + " by " + record.authority() + ".";
            case PENDING_PROCEEDINGS -> "Criminal proceedings under " + record.article() + " are pending against IIN "
                    + iin + " since " + iso(record.recordedOn()) + " (" + record.authority() + ").";
        };
        return RegistryReply.of(Check.CRIMINAL_RECORD, iin, Outcome.HIT, summary, data);
    }

    private RegistryReply administrativeLiability(String iinOrBin) {
        Optional<AdministrativeOffence> found = specialAccounts.administrativeOffence(iinOrBin);
        if (found.isEmpty()) {
            return RegistryReply.of(Check.ADMINISTRATIVE_LIABILITY, iinOrBin, Outcome.CLEAR,
                    "No administrative penalty is on record for " + iinOrBin + ".");
        }
        AdministrativeOffence offence = found.get();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("article", offence.article());
        data.put("decidedOn", iso(offence.decidedOn()));
        data.put("authority", offence.authority());
        data.put("penalty", offence.penalty());
        return RegistryReply.of(Check.ADMINISTRATIVE_LIABILITY, iinOrBin, Outcome.HIT,
                iinOrBin + " was penalised under " + offence.article() + " on " + iso(offence.decidedOn()) + " by "
                        + offence.authority() + " (" + offence.penalty() + ").", data);
    }

    private RegistryReply feePayment(String payer, String procedure) {
        String forProcedure = procedure == null ? "" : " for " + procedure;
        Optional<FeePayment> found = payments.findPayment(payer, procedure);
        if (found.isEmpty()) {
            return RegistryReply.of(Check.FEE_PAYMENT, payer, Outcome.UNPAID,
                    "The payment gateway has no licence fee payment by " + payer + forProcedure + ".");
        }
        FeePayment payment = found.get();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("amount", Long.toString(payment.amountKzt()));
        data.put("currency", "KZT");
        data.put("paidAt", payment.paidAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        data.put("receiptNo", payment.receiptNo());
        data.put("procedure", payment.procedure());
        return RegistryReply.of(Check.FEE_PAYMENT, payer, Outcome.PAID,
                "The licence fee of " + payment.amountKzt() + " KZT for " + payment.procedure() + " was paid by "
                        + payer + " on " + iso(payment.paidAt().toLocalDate()) + ", receipt " + payment.receiptNo()
                        + ".", data);
    }

    private ScheduledReply specialAccounts(String bin) {
        SpecialAccountsAnswer answer = specialAccounts.answerFormalRequest(bin);
        Optional<SpecialAccountsFinding> finding = answer.findingIfAny();
        RegistryReply reply;
        if (finding.isEmpty()) {
            reply = RegistryReply.of(Check.SPECIAL_ACCOUNTS, bin, Outcome.CLEAR,
                    "The Committee on Legal Statistics and Special Accounts reports no records on BIN " + bin + ".");
        } else {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("finding", finding.get().finding());
            data.put("registeredOn", iso(finding.get().registeredOn()));
            reply = RegistryReply.of(Check.SPECIAL_ACCOUNTS, bin, Outcome.HIT,
                    "The Committee on Legal Statistics and Special Accounts reports on BIN " + bin + ": "
                            + clause(finding.get().finding()) + ".", data);
        }
        return new ScheduledReply(reply, answer.answeredAfter());
    }

    private RegistryReply dismissedPersons(String iin) {
        Optional<Dismissal> found = dismissedPersons.findByIin(iin);
        if (found.isEmpty()) {
            return RegistryReply.of(Check.DISMISSED_PERSONS, iin, Outcome.CLEAR,
                    "IIN " + iin + " is not in the register of persons dismissed from security organisations"
                            + " for negative reasons.");
        }
        Dismissal dismissal = found.get();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("organisation", dismissal.organisation());
        data.put("position", dismissal.position());
        data.put("dismissalDate", iso(dismissal.dismissalDate()));
        data.put("reason", dismissal.reason());
        return RegistryReply.of(Check.DISMISSED_PERSONS, iin, Outcome.HIT,
                "IIN " + iin + " was dismissed as " + dismissal.position() + " from " + dismissal.organisation()
                        + " on " + iso(dismissal.dismissalDate()) + ": " + clause(dismissal.reason()) + ".", data);
    }

    /** Seed wording is embedded mid-sentence, so its own full stop would double ours. */
    private static String clause(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static String iso(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
