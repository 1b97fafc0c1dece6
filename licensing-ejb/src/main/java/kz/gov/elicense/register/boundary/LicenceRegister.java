package kz.gov.elicense.register.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.numbering.boundary.Counters;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.Licence;
import kz.gov.elicense.register.entity.LicenceNumber;
import kz.gov.elicense.signature.boundary.Signatures;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Entering licences in the register. A number is reserved, the licence document carrying it is signed, and the
 * entry is made, all in the caller's transaction: either all three happen or none does.
 */
@Stateless
@PermitAll
public class LicenceRegister {

    @PersistenceContext
    EntityManager em;

    @Inject
    Counters counters;

    @Inject
    Signatures signatures;

    /** The next number of the activity's series for the year; write-locked until the transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public LicenceNumber reserveNumber(Activity activity, LocalDate issueDate) {
        int year = issueDate.getYear();
        long sequence = counters.next("LICENCE-" + activity.series() + "-" + year);
        return LicenceNumber.of(activity.series(), year, sequence);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Licence enter(LicenceNumber number, String holderId, String holderName, Activity activity, String provider,
                         LocalDate issueDate, Long applicationId, Long documentId) {
        Licence licence = new Licence(number, holderId, holderName, activity, provider, issueDate, applicationId,
                documentId);
        em.persist(licence);
        return licence;
    }

    public Optional<String> numberOfApplication(Long applicationId) {
        return em.createNamedQuery(Licence.BY_APPLICATION, Licence.class)
                .setParameter("applicationId", applicationId)
                .getResultStream().findFirst().map(l -> l.number().value());
    }

    /** The signed licence document (PDF) and its detached CMS signature, for anyone to verify. */
    public SignedDocument document(String number) {
        Licence licence = em.createNamedQuery(Licence.BY_NUMBER, Licence.class)
                .setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> Rejection.notFound("Licence " + number));
        ResultDocument document = em.find(ResultDocument.class, licence.documentId());
        return new SignedDocument(document.mediaType(), document.content(), document.signature());
    }

    /** A signed document as it is handed out. */
    public record SignedDocument(String mediaType, byte[] content, byte[] signature) {
    }

    /** The public check of a licence by its number. */
    public LicenceView byNumber(String number) {
        Licence licence = em.createNamedQuery(Licence.BY_NUMBER, Licence.class)
                .setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> Rejection.notFound("Licence " + number));
        ResultDocument document = em.find(ResultDocument.class, licence.documentId());
        Application application = em.find(Application.class, licence.applicationId());
        boolean valid = signatures.verifyResult(document.content(), document.signature(), document.validationMaterial())
                .valid();
        return new LicenceView(licence.number().value(), licence.holderId(), licence.holderName(),
                licence.activity().name(), licence.provider(), licence.issueDate(), licence.status().name(),
                application.number(), valid, document.signerName());
    }
}
