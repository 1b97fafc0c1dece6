package kz.gov.elicense.weaponregistration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.Provider;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.document.boundary.ResultDocuments;
import kz.gov.elicense.document.entity.CoverLetterDocument;
import kz.gov.elicense.document.entity.WeaponPermitDocument;
import kz.gov.elicense.numbering.boundary.Counters;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.weaponregistration.boundary.WeaponForm;
import kz.gov.elicense.weaponregistration.boundary.WeaponIdentity;
import kz.gov.elicense.weaponregistration.boundary.WeaponRegistrationForm;
import kz.gov.elicense.weaponregistration.boundary.WeaponReregistrationForm;
import kz.gov.elicense.weaponregistration.entity.PermitKind;
import kz.gov.elicense.weaponregistration.entity.PermitNumber;
import kz.gov.elicense.weaponregistration.entity.WeaponPermit;
import kz.gov.elicense.weaponregistration.entity.WeaponUnit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Issuing a weapon permit in the head's signing transaction (§4.2 step 5): the next number of the year's series,
 * the paper permit and its cover letter rendered and signed with the provider's EDS, and the permit entered in the
 * weapon register (a new unit, or the unit's permit in force superseded). A rollback leaves no document, no entry
 * and the number unused.
 */
@Dependent
public class WeaponPermits {

    /** Application dates are printed as the applicant knows them: in Kazakhstan's single time zone, UTC+5. */
    private static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);

    @Inject
    WeaponUnits units;

    @Inject
    Counters counters;

    @Inject
    ResultDocuments documents;

    public IssuedResult issue(Application application, ResultIssue issue, WeaponForm form, Provider provider) {
        WeaponUnit unit;
        boolean reregistration;
        if (form instanceof WeaponRegistrationForm registration) {
            Optional<WeaponUnit> registered = units.lock(registration.make(), registration.serialNumber());
            WeaponAdmission.admitRegistration(registration, registered);
            WeaponIdentity weapon = registration.weapon();
            unit = new WeaponUnit(weapon.weaponType(), weapon.make(), weapon.model(), weapon.calibre(),
                    weapon.serialNumber(), weapon.yearOfManufacture(), application.submittedAt());
            reregistration = false;
        } else {
            WeaponReregistrationForm renewal = (WeaponReregistrationForm) form;
            Optional<WeaponUnit> registered = units.lock(renewal.make(), renewal.serialNumber());
            WeaponAdmission.admitReregistration(renewal, registered);
            unit = registered.orElseThrow();
            reregistration = true;
        }

        LocalDate today = issue.today();
        PermitNumber number = PermitNumber.of(today.getYear(), counters.next(PermitNumber.counterKey(today.getYear())));
        LocalDate validUntil = PermitTerm.validUntil(today);
        PermitKind kind = form.kind();
        String previous = unit.activePermit().map(WeaponPermit::number).orElse(null);
        String signer = issue.signer().fullName();

        byte[] permitPdf = documents.weaponPermit(new WeaponPermitDocument(number.value(), kind.titleKk(),
                kind.titleRu(), application.applicantName(), application.applicantId(), form.applicant().address(),
                unit.type().nameKk(), unit.type().nameRu(), unit.make(), unit.model(), unit.calibre(),
                unit.serialNumber(), unit.yearOfManufacture(), today, validUntil, provider.name(), provider.city(),
                provider.signerPosition(), signer, application.number(), previous));
        ResultDocument permit = issue.sign(ResultKind.PERMIT, ResultDocuments.MEDIA_TYPE, permitPdf);

        byte[] letterPdf = documents.coverLetter(new CoverLetterDocument(provider.name(), provider.city(), today,
                application.applicantName(), application.applicantId(), form.applicant().address(),
                LocalDate.ofInstant(application.submittedAt(), KAZAKHSTAN), application.number(),
                kind.titleKk().toLowerCase(Locale.ROOT) + " № " + number,
                kind.titleRu().toLowerCase(Locale.ROOT) + " № " + number,
                provider.signerPosition(), signer));
        ResultDocument letter = issue.sign(ResultKind.COVER_LETTER, ResultDocuments.MEDIA_TYPE, letterPdf);

        unit.enterPermit(new WeaponPermit.Issue(number, application.applicantId(), application.applicantName(),
                form.applicant().address().strip(), kind, today, validUntil, provider.name(), application.id(),
                application.number(), permit.id(), letter.id(), permit.signedAt(), issue.signedBy()), reregistration);
        if (!reregistration) {
            units.add(unit);
        }
        try {
            units.flush();
        } catch (PersistenceException e) {
            // another signing registered the same make and serial number a moment before this one committed
            throw Rejection.conflict("weapon-already-registered", "The weapon is already registered",
                    "Weapon " + unit.make() + " No. " + unit.serialNumber() + " was registered meanwhile");
        }
        return new IssuedResult(number.value(), "Permit " + number + " (" + kind + ") and its cover letter signed"
                + (previous == null ? "" : ", replacing " + previous) + "; entered in the weapon register");
    }
}
