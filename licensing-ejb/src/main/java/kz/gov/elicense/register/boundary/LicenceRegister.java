package kz.gov.elicense.register.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.account.boundary.Accounts;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.numbering.boundary.Counters;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.audit.boundary.AuditTrail;
import kz.gov.elicense.audit.entity.AuditAction;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.AnnexGrant;
import kz.gov.elicense.register.entity.LicenceStatus;
import kz.gov.elicense.register.entity.ReissueReason;
import kz.gov.elicense.register.entity.Site;
import kz.gov.elicense.register.entity.SiteKind;
import kz.gov.elicense.register.entity.Licence;
import kz.gov.elicense.register.entity.LicenceNumber;
import kz.gov.elicense.register.entity.RegisterOperation;
import kz.gov.elicense.signature.boundary.Signatures;

import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Entering licences in the register. A number is reserved, the licence document carrying it is signed, and the
 * entry is made, all in the caller's transaction: either all three happen or none does.
 */
@Stateless
@PermitAll
public class LicenceRegister {

    /** Hibernate's read-only hint (org.hibernate.jpa.HibernateHints.HINT_READ_ONLY), by name: no compile dependency. */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext
    EntityManager em;

    @Inject
    Counters counters;

    @Inject
    Signatures signatures;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext caller;

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
                documentId, clock.instant(), callerName());
        em.persist(licence);
        return licence;
    }

    /** Enters a new licence with its annexes (documents signed beforehand) and its branches and objects. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Licence enter(LicenceNumber number, String holderId, String holderName, String holderAddress,
                         Activity activity, String provider, LocalDate issueDate, Long applicationId, Long documentId,
                         List<SignedAnnex> annexes, List<Site> sites) {
        Licence licence = enter(number, holderId, holderName, activity, provider, issueDate, applicationId, documentId);
        licence.reissueAddress(holderAddress);
        for (SignedAnnex annex : annexes) {
            licence.addAnnex(annex.grant(), issueDate, applicationId, annex.documentId(), clock.instant(), callerName());
        }
        licence.replaceSites(sites, issueDate);
        return licence;
    }

    /** An annex with the id of its signed document. */
    public record SignedAnnex(AnnexGrant grant, Long documentId) {
    }

    /** What a procedure needs to know of a licence before it accepts or issues a reissue, duplicate or annex. */
    @PermitAll
    public Optional<LicenceFacts> facts(String number) {
        return find(number, false).map(LicenceRegister::facts);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public LicenceFacts reissue(String number, ReissueReason reason, String detail, String newHolderName,
                                String newHolderAddress, List<Site> sites, LocalDate date, Long applicationId,
                                Long documentId) {
        Licence licence = locked(number);
        registerConflict(() -> licence.reissue(reason, detail, newHolderName, newHolderAddress, sites, date,
                applicationId, documentId, clock.instant(), callerName()));
        return facts(licence);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void duplicate(String number, LocalDate date, Long applicationId, Long documentId) {
        Licence licence = locked(number);
        registerConflict(() -> licence.duplicate(date, applicationId, documentId, clock.instant(), callerName()));
    }

    /** Adds an annex to a licence; returns its number. The annex document is signed beforehand. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int addAnnex(String number, AnnexGrant grant, LocalDate date, Long applicationId, Long documentId) {
        Licence licence = locked(number);
        int[] added = new int[1];
        registerConflict(() -> added[0] = licence.addAnnex(grant, date, applicationId, documentId, clock.instant(),
                callerName()));
        return added[0];
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reissueAnnex(String number, int annex, ReissueReason reason, String detail, LocalDate date,
                             Long applicationId, Long documentId) {
        Licence licence = locked(number);
        registerConflict(() -> licence.reissueAnnex(annex, reason, detail, date, applicationId, documentId,
                clock.instant(), callerName()));
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void duplicateAnnex(String number, int annex, LocalDate date, Long applicationId, Long documentId) {
        Licence licence = locked(number);
        registerConflict(() -> licence.duplicateAnnex(annex, date, applicationId, documentId, clock.instant(),
                callerName()));
    }

    /** The licence an application issued, reissued or duplicated (or added an annex to). */
    public Optional<String> numberOfApplication(Long applicationId) {
        Optional<String> issued = em.createNamedQuery(Licence.BY_APPLICATION, Licence.class)
                .setParameter("applicationId", applicationId)
                .getResultStream().findFirst().map(l -> l.number().value());
        if (issued.isPresent()) {
            return issued;
        }
        return em.createQuery("select e.licence.number from LicenceEvent e where e.applicationId = :applicationId",
                        String.class)
                .setParameter("applicationId", applicationId)
                .getResultStream().findFirst();
    }

    private Optional<Licence> find(String number, boolean lock) {
        var query = em.createNamedQuery(Licence.BY_NUMBER, Licence.class).setParameter("number", number);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private Licence locked(String number) {
        return find(number, true).orElseThrow(() -> Rejection.notFound("Licence " + number));
    }

    private static void registerConflict(Runnable operation) {
        try {
            operation.run();
        } catch (IllegalStateException e) {
            throw Rejection.conflict("licence-status-conflict", "Not possible in the licence's state", e.getMessage());
        }
    }

    private static LicenceFacts facts(Licence l) {
        return new LicenceFacts(l.number().value(), l.holderId(), l.holderName(), l.holderAddress(), l.activity(),
                l.status(), l.issueDate(),
                l.annexes().stream().map(a -> new AnnexView(a.number(), a.subtype(), a.nameKk(), a.nameRu(),
                        a.status().name(), a.issueDate())).toList(),
                l.currentSites());
    }

    /** A licence as a procedure sees it. */
    public record LicenceFacts(String number, String holderId, String holderName, String holderAddress,
                               Activity activity, LicenceStatus status, LocalDate issueDate, List<AnnexView> annexes,
                               List<Site> sites) {

        public Optional<AnnexView> annex(int annexNumber) {
            return annexes.stream().filter(a -> a.number() == annexNumber).findFirst();
        }
    }

    /** An annex of a licence. */
    public record AnnexView(int number, String subtype, String nameKk, String nameRu, String status,
                            LocalDate issueDate) {
    }

    /**
     * Suspends, resumes or terminates a licence on a legal basis, effective on a date; recorded in its history. Only
     * the head of the division that issued it (its application's division) may: another division's head is refused
     * (403) and the refusal goes to the audit trail.
     */
    @RolesAllowed(HEAD_OF_PROVIDER_ROLE)
    public LicenceView apply(String number, RegisterOperation operation, String legalBasis, LocalDate effectiveDate) {
        if (operation == RegisterOperation.ISSUE) {
            throw Rejection.invalid("operation-invalid", "Not a register operation",
                    "Licences are issued by their procedures");
        }
        Licence licence = em.createNamedQuery(Licence.BY_NUMBER, Licence.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> Rejection.notFound("Licence " + number));
        Application issuedIn = em.find(Application.class, licence.applicationId());
        if (issuedIn != null && !accounts.divisionOf(callerName()).map(issuedIn.division()::equals).orElse(true)) {
            accounts.deniedOutsideDivision(callerName(), issuedIn.number(), operation + " of licence " + number);
            throw Rejection.forbidden("Licence " + number + " was issued by another division: only its own head of "
                    + "the provider's division applies register operations to it");
        }
        try {
            licence.apply(operation, legalBasis.strip(), effectiveDate, clock.instant(), callerName());
            audit.record(callerName(), AuditAction.REGISTER_OPERATION, number, operation + " from " + effectiveDate + ": " + legalBasis.strip());
        } catch (IllegalStateException e) {
            throw Rejection.conflict("licence-status-conflict", "Not possible in the licence's status", e.getMessage());
        }
        return byNumber(number);
    }

    /** A licence's history: every register operation with its legal basis and date. */
    @PermitAll
    public List<LicenceEventView> history(String number) {
        Licence licence = em.createNamedQuery(Licence.BY_NUMBER, Licence.class)
                .setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> Rejection.notFound("Licence " + number));
        return licence.history().stream()
                .map(e -> new LicenceEventView(e.operation().name(), e.legalBasis(), e.effectiveDate(), e.recordedAt(),
                        e.actor(), e.annexNumber()))
                .toList();
    }

    /**
     * Searches the register by any of number, holder BIN/IIN, holder name (part of it, any case), activity, status
     * and provider; null criteria are ignored. Without the signature check, which the single-licence view does.
     */
    @PermitAll
    public List<LicenceSummary> search(LicenceSearch criteria, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Licence> query = cb.createQuery(Licence.class);
        Root<Licence> licence = query.from(Licence.class);
        List<Predicate> where = new ArrayList<>();
        if (criteria.number() != null) {
            where.add(cb.equal(licence.get("number"), criteria.number()));
        }
        if (criteria.holderId() != null) {
            where.add(cb.equal(licence.get("holderId"), criteria.holderId()));
        }
        if (criteria.holderName() != null) {
            where.add(cb.like(cb.lower(licence.get("holderName")),
                    "%" + criteria.holderName().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
        }
        if (criteria.activity() != null) {
            where.add(cb.equal(licence.get("activity"), criteria.activity()));
        }
        if (criteria.status() != null) {
            where.add(cb.equal(licence.get("status"), criteria.status()));
        }
        if (criteria.provider() != null) {
            where.add(cb.equal(licence.get("provider"), criteria.provider()));
        }
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(licence.get("issueDate")), cb.desc(licence.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultStream()
                .map(l -> new LicenceSummary(l.number().value(), l.holderId(), l.holderName(), l.activity().name(),
                        l.provider(), l.issueDate(), l.status().name()))
                .toList();
    }

    private String callerName() {
        return caller.getCallerPrincipal() == null ? "system" : caller.getCallerPrincipal().getName();
    }

    /** One entry of a licence's history. */
    public record LicenceEventView(String operation, String legalBasis, LocalDate effectiveDate, Instant recordedAt,
                                   String actor, Integer annexNumber) {
    }

    /** A licence in a list of search results. */
    public record LicenceSummary(String number, String holderId, String holderName, String activity, String provider,
                                 LocalDate issueDate, String status) {
    }

    /** Search criteria; any may be null. */
    public record LicenceSearch(String number, String holderId, String holderName, Activity activity,
                                LicenceStatus status, String provider) {
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

    /**
     * The public check of a licence by its number. One statement, and no document bytes when the signature's
     * verdict is remembered: the entry with its application's number, its document's identity and signer, its
     * annexes and its current branches and objects ({@link Licence#LOOKUP}, a row per annex and site); the status is
     * read each time. No transaction of its own (SUPPORTS): it only reads, and an XA transaction's begin and
     * two-phase commit cost more than the read (README, Benchmark); a caller's transaction (e.g. {@link #apply}'s) is
     * joined, so its changes are seen.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LicenceView byNumber(String number) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNamedQuery(Licence.LOOKUP).setParameter("number", number).getResultList();
        if (rows.isEmpty()) {
            throw Rejection.notFound("Licence " + number);
        }
        Object[] entry = rows.get(0);
        // rows in annex order, then site order: each annex and each site once, in that order
        Map<Integer, AnnexView> annexes = new LinkedHashMap<>();
        Map<Long, LicenceView.SiteView> sites = new TreeMap<>();
        for (Object[] row : rows) {
            if (row[12] != null) {
                annexes.computeIfAbsent((Integer) row[12], n -> new AnnexView(n, (String) row[13], (String) row[14],
                        (String) row[15], ((LicenceStatus) row[16]).name(), (LocalDate) row[17]));
            }
            if (row[18] != null) {
                sites.computeIfAbsent((Long) row[18], id -> {
                    Site site = new Site((SiteKind) row[19], (String) row[20], (String) row[21]);
                    return new LicenceView.SiteView(site.kind().name(), site.name(), site.address());
                });
            }
        }
        long documentId = (Long) entry[8];
        boolean valid = signatures.verifyStoredResultForLookup(documentId, (Instant) entry[9], (String) entry[10],
                () -> storedResult(documentId)).valid();
        return new LicenceView(new LicenceNumber((String) entry[0]).value(), (String) entry[1], (String) entry[2],
                ((Activity) entry[3]).name(), (String) entry[4], (LocalDate) entry[5],
                ((LicenceStatus) entry[6]).name(), (String) entry[7], valid, (String) entry[11],
                List.copyOf(annexes.values()), List.copyOf(sites.values()));
    }

    /** A licence document's bytes, read only when its signature's verdict is not remembered. */
    private Signatures.StoredResult storedResult(long documentId) {
        // read only: Hibernate keeps no snapshot (a copy of the bytes) of what it will never flush
        ResultDocument document = em.find(ResultDocument.class, documentId, Map.of(READ_ONLY, true));
        return new Signatures.StoredResult(document.content(), document.signature(), document.validationMaterial());
    }
}
