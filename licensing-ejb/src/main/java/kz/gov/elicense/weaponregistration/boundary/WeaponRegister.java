package kz.gov.elicense.weaponregistration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.signature.boundary.Signatures;
import kz.gov.elicense.weaponregistration.control.WeaponUnits;
import kz.gov.elicense.weaponregistration.entity.WeaponPermit;
import kz.gov.elicense.weaponregistration.entity.WeaponUnit;

import java.util.List;
import java.util.Optional;

import static kz.gov.elicense.application.entity.OfficerRole.APPLICANT_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_UNIT_ROLE;

/**
 * Reading the weapon register. It is not public, unlike the licence register: officers find units by make and serial
 * number or by holder and read their permit history; a holder reads their own permit and its documents, and anyone
 * else is told it does not exist, so that who holds which weapon cannot be probed.
 */
@Stateless
@RolesAllowed({CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
public class WeaponRegister {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    WeaponUnits units;

    @Inject
    Signatures signatures;

    /** The unit of that make and serial number (case and spacing aside), if it is in the register. */
    public List<WeaponUnitView> byIdentity(String make, String serialNumber) {
        return units.find(make, serialNumber).map(WeaponRegister::view).stream().toList();
    }

    /** The units whose permit in force this IIN or BIN holds. */
    public List<WeaponUnitView> heldBy(String holderId) {
        return units.heldBy(holderId).stream().map(WeaponRegister::view).toList();
    }

    public WeaponUnitView unit(long id) {
        return units.find(id).map(WeaponRegister::view).orElseThrow(() -> Rejection.notFound("Weapon unit " + id));
    }

    @RolesAllowed({APPLICANT_ROLE, CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
    public WeaponPermitView permit(String number) {
        WeaponPermit permit = visible(units.permit(number)).orElseThrow(() -> Rejection.notFound("Permit " + number));
        return view(permit);
    }

    /** The permit an application ended in: how the applicant learns its number. */
    @RolesAllowed({APPLICANT_ROLE, CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
    public WeaponPermitView permitOfApplication(String applicationNumber) {
        return view(visible(units.permitOfApplication(applicationNumber))
                .orElseThrow(() -> Rejection.notFound("A weapon permit on application " + applicationNumber)));
    }

    /** The signed permit or cover letter an application ended in, to print or to check. */
    @RolesAllowed({APPLICANT_ROLE, CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
    public SignedDocument documentOfApplication(String applicationNumber, ResultKind kind) {
        WeaponPermit permit = visible(units.permitOfApplication(applicationNumber))
                .orElseThrow(() -> Rejection.notFound("A weapon permit on application " + applicationNumber));
        ResultDocument document = em.find(ResultDocument.class, switch (kind) {
            case PERMIT -> permit.permitDocumentId();
            case COVER_LETTER -> permit.coverLetterDocumentId();
            default -> throw new IllegalArgumentException("A weapon permit has no " + kind);
        });
        return new SignedDocument(permit.number(), document.mediaType(), document.content(), document.signature());
    }

    /** A signed document as it is handed out, with the detached CMS signature over it. */
    public record SignedDocument(String permitNumber, String mediaType, byte[] content, byte[] signature) {
    }

    private Optional<WeaponPermit> visible(Optional<WeaponPermit> permit) {
        if (!caller.isCallerInRole(APPLICANT_ROLE)) {
            return permit;
        }
        String me = caller.getCallerPrincipal().getName();
        return permit.filter(p -> p.holderId().equals(me));
    }

    private WeaponPermitView view(WeaponPermit permit) {
        ResultDocument document = em.find(ResultDocument.class, permit.permitDocumentId());
        ResultDocument letter = em.find(ResultDocument.class, permit.coverLetterDocumentId());
        WeaponUnit unit = permit.unit();
        return new WeaponPermitView(permit.number(), permit.kind().name(), permit.status().name(), permit.holderId(),
                permit.holderName(), permit.issueDate(), permit.validUntil(), permit.supersededBy(),
                permit.applicationNumber(), unit.id(), unit.type().name(), unit.make(), unit.model(), unit.calibre(),
                unit.serialNumber(), unit.yearOfManufacture(), holds(document), holds(letter), document.signerName(),
                document.signedAt());
    }

    private boolean holds(ResultDocument document) {
        return signatures.verifyResultForLookup(document.content(), document.signature(), document.validationMaterial()).valid();
    }

    private static WeaponUnitView view(WeaponUnit unit) {
        Optional<WeaponPermit> inForce = unit.activePermit();
        return new WeaponUnitView(unit.id(), unit.type().name(), unit.make(), unit.model(), unit.calibre(),
                unit.serialNumber(), unit.yearOfManufacture(), unit.registeredAt(),
                inForce.map(WeaponPermit::holderId).orElse(null), inForce.map(WeaponPermit::holderName).orElse(null),
                unit.permits().stream().map(p -> new WeaponUnitView.Permit(p.number(), p.holderId(), p.holderName(),
                        p.holderAddress(), p.kind().name(), p.issueDate(), p.validUntil(), p.status().name(),
                        p.supersededBy(), p.supersededOn(), p.applicationNumber(), p.provider())).toList());
    }
}
