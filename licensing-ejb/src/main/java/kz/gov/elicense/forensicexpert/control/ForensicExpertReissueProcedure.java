package kz.gov.elicense.forensicexpert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.forensicexpert.boundary.ForensicExpertReissueForm;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.boundary.LicenceRegister.LicenceFacts;
import kz.gov.elicense.register.entity.ReissueReason;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reissue of a forensic expert licence under its number (§4.5): on a change of the expert's surname, name or
 * patronymic, or when the law renamed the kind of activity. The steps, checks and provider are the issue's, the
 * expert's review 15 WD as for an issue.
 */
@ApplicationScoped
public class ForensicExpertReissueProcedure extends ForensicExpertProcedure {

    public static final ProcedureType TYPE = ForensicExpertService.REISSUE.type();

    private static final List<ChecklistItem> CHECKLIST = List.of(
            ChecklistItem.requiredWhen(DocumentKind.REISSUE_GROUNDS,
                    "document confirming the change of surname, name or patronymic (certificate of the change of"
                            + " name, marriage certificate…)",
                    form -> ((ForensicExpertReissueForm) form).reissueReason() == ReissueReason.PERSONAL_NAME_CHANGE),
            ChecklistItem.requiredWhen(DocumentKind.FEE_RECEIPT,
                    "receipt of the licence fee (the fee was not paid through the payment gateway)",
                    form -> !((ForensicExpertReissueForm) form).feePaidThroughGateway()));

    public ForensicExpertReissueProcedure() {
        super(ForensicExpertService.REISSUE);
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return ForensicExpertReissueForm.class;
    }

    @Override
    public List<ChecklistItem> checklist() {
        return CHECKLIST;
    }

    /**
     * Only the applicant's own forensic expert licence, not terminated (409 otherwise); a change of name must say the
     * name the licence is to bear, and it must be another than the one it bears.
     */
    @Override
    public void admit(ProcedureForm form) {
        ForensicExpertReissueForm reissue = (ForensicExpertReissueForm) form;
        LicenceFacts licence = heldLicence(reissue.licenceNumber(), reissue);
        if (reissue.reissueReason() == ReissueReason.PERSONAL_NAME_CHANGE) {
            if (!reissue.declaresNewName()) {
                throw changeMissing("a change of surname, name or patronymic needs the new name (newFullName)");
            }
            if (sameName(reissue.nameToBear(), licence.holderName())) {
                throw changeMissing("the licence is already held under the name «" + licence.holderName() + "»");
            }
        }
    }

    /**
     * Adverse answers, and a new name the individuals database does not have for the expert's IIN: the licence
     * would bear a name no state record supports.
     */
    @Override
    public List<String> adverseFindings(List<RegistryCheck> checks, ProcedureForm form) {
        List<String> findings = new ArrayList<>(super.adverseFindings(checks, form));
        ForensicExpertReissueForm reissue = (ForensicExpertReissueForm) form;
        if (reissue.declaresNewName()) {
            for (RegistryCheck check : checks) {
                if (check.kind() != CheckKind.INDIVIDUAL || check.outcome() != CheckOutcome.FOUND) {
                    continue;
                }
                registeredName(check).filter(registered -> !sameName(registered, reissue.nameToBear()))
                        .ifPresent(registered -> findings.add("new name of the expert: the individuals database has «"
                                + registered + "» for IIN " + check.subject() + ", the application asks for «"
                                + reissue.nameToBear() + "»"));
            }
        }
        return findings;
    }

    /** The licence reissued under its number, with the new name when the name changed; the history keeps the ground. */
    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        ForensicExpertReissueForm form = (ForensicExpertReissueForm) formOf(application);
        return licences.reissueLicence(application, issue, provider(), form.licenceNumber(), form.reissueReason(),
                form.reasonDetail(), form.nameToBear(), null, null);
    }

    private static Optional<String> registeredName(RegistryCheck check) {
        if (check.data() == null || check.data().isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(check.data()))) {
            JsonObject data = reader.readObject();
            return Optional.ofNullable(data.getString("fullName", null));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Names compared as an officer would: letter case and spacing do not matter. */
    static boolean sameName(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static Rejection changeMissing(String detail) {
        return Rejection.invalid("reissue-change-missing", "The reissue does not say what changed", detail);
    }
}
