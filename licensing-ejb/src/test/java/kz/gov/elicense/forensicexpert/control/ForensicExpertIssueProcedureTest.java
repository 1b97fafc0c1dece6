package kz.gov.elicense.forensicexpert.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.gov.elicense.application.boundary.CheckRequest;
import kz.gov.elicense.application.control.CompletenessCheck;
import kz.gov.elicense.application.control.CompletenessFindings;
import kz.gov.elicense.application.control.FormJson;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.LicenceResults;
import kz.gov.elicense.application.boundary.Provider;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.WorkingCalendar;
import kz.gov.elicense.calendar.entity.StepLimit;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.forensicexpert.boundary.ForensicExpertLicenceForm;
import kz.gov.elicense.forensicexpert.entity.ForensicSpeciality;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.signature.entity.SignerIdentity;
import org.junit.jupiter.api.Test;

/** The forensic expert licence issue against regulation §4.5 (seed 004): steps, checklist, checks and findings. */
class ForensicExpertIssueProcedureTest {

    private static final ForensicExpertIssueProcedure PROCEDURE = new ForensicExpertIssueProcedure();
    private static final String IIN = "800101300125";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 14);
    private static final Instant ASKED = Instant.parse("2026-12-14T05:00:00Z");

    @Test
    void isAnIndividualsServiceOfTheMinistryOfJusticeEndingInALicence() {
        assertEquals("FORENSIC_EXPERT_ISSUE", PROCEDURE.type().code());
        assertEquals(ApplicantKind.INDIVIDUAL, PROCEDURE.applicantKind());
        assertTrue(PROCEDURE.applicantKind().admits(IIN));
        assertFalse(PROCEDURE.applicantKind().admits("150440001011"), "a legal entity's BIN");
        assertEquals(Provider.justice().code(), PROCEDURE.provider().code());
        assertEquals(ResultKind.LICENCE, PROCEDURE.positiveResult());
        assertFalse(PROCEDURE.paperResult(), "a portal application's licence goes to the cabinet by itself");
        assertEquals(15, PROCEDURE.totalTermWorkingDays());
        assertEquals(ForensicExpertLicenceForm.class, PROCEDURE.formType());
    }

    @Test
    void declaresTheFiveStepsOfTheRegulationWithTheExpertsReviewInThreeParts() {
        List<StepCode> codes = PROCEDURE.steps().stream().map(StepDefinition::code).toList();
        assertEquals(List.of(StepCode.RECEIPT, StepCode.ASSIGN_EXECUTOR, StepCode.COMPLETENESS_CHECK,
                StepCode.REGISTRY_CHECKS, StepCode.REPORT_AND_RESULT, StepCode.HEAD_SIGNATURE, StepCode.DISPATCH), codes);
        assertStep(StepCode.RECEIPT, OfficerRole.CLERK, StepLimit.workingDays(1), false);
        assertStep(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_UNIT, StepLimit.workingDays(1), false);
        assertStep(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(15), false);
        assertStep(StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, StepLimit.workingDays(15), true);
        assertStep(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingDays(15), true);
        assertStep(StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingDays(1), false);
        assertStep(StepCode.DISPATCH, OfficerRole.CLERK, StepLimit.workingDays(1), false);
    }

    @Test
    void theExpertsFifteenWorkingDaysSkipIndependenceDayAndTheWeekends() throws IOException {
        WorkingCalendar calendar = WorkingCalendar.load(Path.of("..", "config", "calendar", "working-calendar.txt"));
        // Mon 14.12.2026 10:00 + 15 WD: 15, 17, 18, 21–25, 28–31 December (16.12 Independence Day), then 5, 6 and
        // 8 January (1 and 2 January New Year, 4 January the day off for the 2nd, 7 January Orthodox Christmas)
        Instant start = Instant.parse("2026-12-14T05:00:00Z");
        Instant due = PROCEDURE.step(StepCode.COMPLETENESS_CHECK).limit().deadlineFrom(start, calendar);
        assertEquals(Instant.parse("2027-01-08T05:00:00Z"), due);
    }

    @Test
    void aCompleteSetHasTheFiveDocumentsTheReceiptAndTheInternshipConclusion() {
        Application application = application(form(7, false, false, "HANDWRITING"));
        attachAllBut(application);

        CompletenessFindings findings = CompletenessCheck.of(PROCEDURE.checklist(), PROCEDURE.formOf(application),
                application.documents(), DAY);

        assertTrue(findings.complete(), findings.asRefusalGrounds());
    }

    @Test
    void theInternshipConclusionIsNotNeededWhenItExistsElectronically() {
        ForensicExpertLicenceForm electronic = form(7, true, false, "HANDWRITING");
        ForensicExpertLicenceForm onPaper = form(7, false, false, "HANDWRITING");
        Application application = application(electronic);
        attachAllBut(application, DocumentKind.INTERNSHIP_CONCLUSION);

        assertTrue(CompletenessCheck.of(PROCEDURE.checklist(), electronic, application.documents(), DAY).complete());
        CompletenessFindings missing = CompletenessCheck.of(PROCEDURE.checklist(), onPaper, application.documents(), DAY);
        assertEquals(List.of("conclusion on completing the internship (it does not exist electronically)"),
                missing.missing());
        assertFalse(CompletenessCheck.of(PROCEDURE.checklist(), application.documents(), DAY).complete(),
                "without the form a conditional document is required");
    }

    @Test
    void thePaperReceiptIsNeededOnlyWhenTheFeeWasNotPaidThroughTheGateway() {
        ForensicExpertLicenceForm throughGateway = form(7, false, true, "HANDWRITING");
        ForensicExpertLicenceForm byReceipt = form(7, false, false, "HANDWRITING");
        Application application = application(byReceipt);
        attachAllBut(application, DocumentKind.FEE_RECEIPT);

        assertTrue(CompletenessCheck.of(PROCEDURE.checklist(), throughGateway, application.documents(), DAY).complete());
        assertEquals(1, CompletenessCheck.of(PROCEDURE.checklist(), byReceipt, application.documents(), DAY)
                .missing().size());
    }

    @Test
    void anExpiredMedicalCertificateMakesTheSetIncomplete() {
        Application application = application(form(7, false, false, "HANDWRITING"));
        attachAllBut(application, DocumentKind.PSYCHIATRIC_CERTIFICATE);
        attach(application, DocumentKind.PSYCHIATRIC_CERTIFICATE, DAY.minusDays(1));

        CompletenessFindings findings = CompletenessCheck.of(PROCEDURE.checklist(), PROCEDURE.formOf(application),
                application.documents(), DAY);

        assertFalse(findings.complete());
        assertEquals(1, findings.expired().size());
        assertTrue(findings.expired().get(0).startsWith("certificate of the psychiatric dispensary"));
    }

    @Test
    void withoutTheDiplomaAndTheEmploymentRecordTheSetIsIncomplete() {
        Application application = application(form(7, false, false, "HANDWRITING"));
        attachAllBut(application, DocumentKind.HIGHER_EDUCATION_DIPLOMA, DocumentKind.EMPLOYMENT_RECORD);

        CompletenessFindings findings = CompletenessCheck.of(PROCEDURE.checklist(), PROCEDURE.formOf(application),
                application.documents(), DAY);

        assertEquals(2, findings.missing().size());
        assertTrue(findings.asRefusalGrounds().contains("higher-education diploma"));
    }

    @Test
    void asksTheIndividualsDatabaseAndTheCriminalRecordAndTheFeeOnlyWhenPaidThroughTheGateway() {
        List<CheckRequest> byReceipt = PROCEDURE.checks(StepCode.REGISTRY_CHECKS, form(7, false, false, "HANDWRITING"));
        assertEquals(List.of(CheckKind.INDIVIDUAL, CheckKind.CRIMINAL_RECORD),
                byReceipt.stream().map(CheckRequest::kind).toList());
        assertTrue(byReceipt.stream().allMatch(r -> r.subject().equals(IIN)));

        List<CheckRequest> throughGateway = PROCEDURE.checks(StepCode.REGISTRY_CHECKS, form(7, false, true, "HANDWRITING"));
        assertEquals(List.of(CheckKind.INDIVIDUAL, CheckKind.CRIMINAL_RECORD, CheckKind.FEE_PAYMENT),
                throughGateway.stream().map(CheckRequest::kind).toList());

        assertEquals(List.of(), PROCEDURE.checks(StepCode.COMPLETENESS_CHECK, form(7, false, true, "HANDWRITING")));
    }

    @Test
    void cleanAnswersAndFiveYearsLeaveNothingInTheWay() {
        List<RegistryCheck> clean = List.of(answered(CheckKind.INDIVIDUAL, CheckOutcome.FOUND),
                answered(CheckKind.CRIMINAL_RECORD, CheckOutcome.CLEAR), answered(CheckKind.FEE_PAYMENT, CheckOutcome.PAID));

        assertEquals(List.of(), PROCEDURE.adverseFindings(clean, form(5, false, true, "ECONOMIC")));
    }

    @Test
    void aCriminalRecordAnUnknownIdentityAndAnUnpaidFeeEachStandInTheWay() {
        ForensicExpertLicenceForm form = form(10, false, true, "ECONOMIC");
        assertEquals(1, PROCEDURE.adverseFindings(List.of(answered(CheckKind.INDIVIDUAL, CheckOutcome.FOUND),
                answered(CheckKind.CRIMINAL_RECORD, CheckOutcome.HIT)), form).size());
        assertEquals(1, PROCEDURE.adverseFindings(List.of(answered(CheckKind.INDIVIDUAL, CheckOutcome.NOT_FOUND),
                answered(CheckKind.CRIMINAL_RECORD, CheckOutcome.CLEAR)), form).size());
        List<String> unpaid = PROCEDURE.adverseFindings(List.of(answered(CheckKind.FEE_PAYMENT, CheckOutcome.UNPAID)), form);
        assertEquals(1, unpaid.size());
        assertTrue(unpaid.get(0).contains("UNPAID"), unpaid.toString());
    }

    @Test
    void fewerThanFiveYearsOfExperienceStandInTheWay() {
        List<RegistryCheck> clean = List.of(answered(CheckKind.INDIVIDUAL, CheckOutcome.FOUND),
                answered(CheckKind.CRIMINAL_RECORD, CheckOutcome.CLEAR));

        List<String> findings = PROCEDURE.adverseFindings(clean, form(4, false, false, "ECONOMIC"));

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).contains("4 full years, at least 5"), findings.toString());
    }

    @Test
    void admitsAKnownSpecialityWithDatedMedicalCertificates() {
        PROCEDURE.admit(form(7, false, false, "TRACE"));
    }

    @Test
    void refusesASpecialityTheLicenceCannotName() {
        Rejection rejection = assertThrows(Rejection.class, () -> PROCEDURE.admit(form(7, false, false, "ASTROLOGY")));
        assertEquals("speciality-unknown", rejection.type());
        assertTrue(rejection.detail().contains("HANDWRITING"), rejection.detail());
    }

    @Test
    void refusesAMedicalCertificateWithoutItsValidityDate() {
        String json = formJson(7, false, false, "TRACE").replace(
                ",\"validUntil\":\"" + DAY.plusMonths(6) + "\"}", "}");
        ForensicExpertLicenceForm undated = FormJson.read(json.getBytes(StandardCharsets.UTF_8),
                ForensicExpertLicenceForm.class);

        Rejection rejection = assertThrows(Rejection.class, () -> PROCEDURE.admit(undated));
        assertEquals("document-validity-required", rejection.type());
    }

    @Test
    void theLicenceNamesTheKindOfExpertiseAsItsSpecialConditionInTheExpertsRegisterEntry() {
        Capture capture = new Capture();
        ForensicExpertIssueProcedure procedure = new ForensicExpertIssueProcedure();
        procedure.licences = capture;
        Application application = application(form(7, false, false, "HANDWRITING"));

        IssuedResult issued = procedure.issue(application, new UnusedIssue());

        assertEquals("KZ26FEX0000001", issued.reference());
        assertEquals(Activity.FORENSIC_EXPERT, capture.activity);
        assertEquals(IIN, capture.application.applicantId());
        assertEquals("MJ", capture.provider.code());
        assertEquals(ForensicSpeciality.HANDWRITING.licenceCondition(), capture.specialConditions);
        assertTrue(capture.specialConditions.contains("сот-почерктану сараптамасы"));
        assertTrue(capture.specialConditions.contains("судебно-почерковедческая экспертиза"));
    }

    @Test
    void everySpecialityHasItsKazakhAndRussianName() {
        for (ForensicSpeciality speciality : ForensicSpeciality.values()) {
            assertFalse(speciality.nameKk().isBlank(), speciality.name());
            assertTrue(speciality.nameRu().contains("экспертиз"), speciality.name());
        }
    }

    // --- fixtures

    private static void assertStep(StepCode code, OfficerRole role, StepLimit limit, boolean sharesPrevious) {
        StepDefinition step = PROCEDURE.step(code);
        assertEquals(role, step.role(), code.name());
        assertEquals(limit, step.limit(), code.name());
        assertEquals(sharesPrevious, step.sharesPreviousLimit(), code.name());
    }

    private static String formJson(int years, boolean internshipElectronic, boolean feeThroughGateway,
                                   String speciality) {
        String dated = "\"validUntil\":\"" + DAY.plusMonths(6) + "\"";
        return "{\"procedure\":\"FORENSIC_EXPERT_ISSUE\","
                + "\"expert\":{\"iin\":\"" + IIN + "\",\"fullName\":\"Ахметов Нурлан Серикович\","
                + "\"address\":\"Астана, Мәңгілік Ел, 8, кв. 12\"},"
                + "\"speciality\":\"" + speciality + "\","
                + "\"diploma\":{\"number\":\"ЖБ-0012345\",\"institution\":\"ЕНУ им. Л.Н. Гумилева\","
                + "\"issuedOn\":\"2010-06-25\",\"speciality\":\"Юриспруденция\"},"
                + "\"experienceYears\":" + years + ","
                + "\"internshipConclusionElectronic\":" + internshipElectronic + ","
                + "\"feePaidThroughGateway\":" + feeThroughGateway + ","
                + "\"documents\":["
                + "{\"kind\":\"HIGHER_EDUCATION_DIPLOMA\",\"fileName\":\"diploma.pdf\",\"sha256\":\"" + "a".repeat(64) + "\"},"
                + "{\"kind\":\"NARCOLOGICAL_CERTIFICATE\",\"fileName\":\"narco.pdf\",\"sha256\":\"" + "b".repeat(64) + "\"," + dated + "},"
                + "{\"kind\":\"PSYCHIATRIC_CERTIFICATE\",\"fileName\":\"psych.pdf\",\"sha256\":\"" + "c".repeat(64) + "\"," + dated + "}"
                + "]}";
    }

    private static ForensicExpertLicenceForm form(int years, boolean internshipElectronic, boolean feeThroughGateway,
                                                  String speciality) {
        return FormJson.read(formJson(years, internshipElectronic, feeThroughGateway, speciality)
                .getBytes(StandardCharsets.UTF_8), ForensicExpertLicenceForm.class);
    }

    private static Application application(ForensicExpertLicenceForm form) {
        byte[] json = formJson(form.experienceYears(), form.internshipConclusionElectronic(),
                form.feePaidThroughGateway(), form.speciality()).getBytes(StandardCharsets.UTF_8);
        return new Application("FEX-2026-000001", ForensicExpertIssueProcedure.TYPE, "MVD-ASTANA", Channel.PORTAL, IIN,
                form.applicantName(), ASKED, ASKED.plusSeconds(86400 * 21), json, new byte[] {2});
    }

    /** Every document of the checklist, the medical certificates valid for six months, except the given kinds. */
    private static void attachAllBut(Application application, DocumentKind... except) {
        List<DocumentKind> left = List.of(except);
        for (DocumentKind kind : List.of(DocumentKind.HIGHER_EDUCATION_DIPLOMA, DocumentKind.QUALIFICATION_FORM,
                DocumentKind.EMPLOYMENT_RECORD, DocumentKind.NARCOLOGICAL_CERTIFICATE,
                DocumentKind.PSYCHIATRIC_CERTIFICATE, DocumentKind.FEE_RECEIPT, DocumentKind.INTERNSHIP_CONCLUSION)) {
            if (!left.contains(kind)) {
                boolean dated = kind == DocumentKind.NARCOLOGICAL_CERTIFICATE || kind == DocumentKind.PSYCHIATRIC_CERTIFICATE;
                attach(application, kind, dated ? DAY.plusMonths(6) : null);
            }
        }
    }

    private static void attach(Application application, DocumentKind kind, LocalDate validUntil) {
        application.attach(kind, kind.name().toLowerCase() + ".pdf", "application/pdf",
                kind.name().getBytes(StandardCharsets.UTF_8), "0".repeat(64), validUntil);
    }

    private static int requests;

    private static RegistryCheck answered(CheckKind kind, CheckOutcome outcome) {
        RegistryCheck check = new RegistryCheck(1L, "req-" + (++requests), kind, IIN, kind.name().toLowerCase(), ASKED);
        check.answer(outcome, outcome.name(), "{}", ASKED.plusSeconds(5));
        return check;
    }

    /** Takes the licence's particulars instead of numbering, signing and entering it. */
    private static final class Capture extends LicenceResults {
        Application application;
        Activity activity;
        Provider provider;
        String specialConditions;

        @Override
        public IssuedResult issueLicence(Application application, ResultIssue issue, Activity activity,
                                         Provider provider, String specialConditions) {
            this.application = application;
            this.activity = activity;
            this.provider = provider;
            this.specialConditions = specialConditions;
            return new IssuedResult("KZ26FEX0000001", "Licence KZ26FEX0000001 signed");
        }
    }

    private static final class UnusedIssue implements ResultIssue {
        @Override
        public LocalDate today() {
            return DAY;
        }

        @Override
        public SignerIdentity signer() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String signedBy() {
            return "head";
        }

        @Override
        public ResultDocument sign(ResultKind kind, String mediaType, byte[] content) {
            throw new UnsupportedOperationException();
        }
    }
}
