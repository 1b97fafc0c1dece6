package kz.gov.elicense.forensicexpert.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.CheckRequest;
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
import kz.gov.elicense.forensicexpert.boundary.ForensicExpertDuplicateForm;
import kz.gov.elicense.forensicexpert.boundary.ForensicExpertReissueForm;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.boundary.LicenceRegister.LicenceFacts;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.LicenceStatus;
import kz.gov.elicense.register.entity.ReissueReason;
import kz.gov.elicense.register.entity.Site;
import kz.gov.elicense.signature.entity.SignerIdentity;
import org.junit.jupiter.api.Test;

/**
 * The reissue and the duplicate of the forensic expert licence against regulation §4.5 (seed 004): the issue's steps
 * with the expert's review of 15 WD and 2 WD, the law's terms, the same registry questions, the counter flow in which
 * the officer's lookup asks the criminal record and the officer certifies the form, and what each admits and issues.
 */
class ForensicExpertReissueAndDuplicateProcedureTest {

    private static final String IIN = "800101300125";
    private static final String LICENCE = "KZ26FEX0000007";
    private static final String REGISTERED_NAME = "Ахметов Нурлан Серикович";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 14);
    private static final Instant ASKED = Instant.parse("2026-12-14T05:00:00Z");

    private static final ForensicExpertIssueProcedure ISSUE = new ForensicExpertIssueProcedure();
    private static final ForensicExpertReissueProcedure REISSUE = new ForensicExpertReissueProcedure();
    private static final ForensicExpertDuplicateProcedure DUPLICATE = new ForensicExpertDuplicateProcedure();
    private static final List<ForensicExpertProcedure> ALL = List.of(ISSUE, REISSUE, DUPLICATE);

    @Test
    void theThreeServicesHaveTheirOwnCodesAndNumbersAndTheLawsTerms() {
        assertEquals("FORENSIC_EXPERT_REISSUE", REISSUE.type().code());
        assertEquals("FORENSIC_EXPERT_DUPLICATE", DUPLICATE.type().code());
        assertEquals(List.of("FEX", "FEXR", "FEXD"), ALL.stream().map(ForensicExpertProcedure::numberPrefix).toList());
        assertEquals(List.of(15, 10, 2), ALL.stream().map(ForensicExpertProcedure::totalTermWorkingDays).toList());
        assertEquals(ResultKind.LICENCE, REISSUE.positiveResult());
        assertEquals(ResultKind.DUPLICATE, DUPLICATE.positiveResult());
        assertTrue(REISSUE.title().contains("қайта ресімдеу") && REISSUE.title().contains("Переоформление"));
        assertTrue(DUPLICATE.title().contains("телнұсқасын") && DUPLICATE.title().contains("дубликата"));
        for (ForensicExpertProcedure procedure : ALL) {
            assertEquals(ApplicantKind.INDIVIDUAL, procedure.applicantKind(), procedure.type().code());
            assertEquals("MJ", procedure.provider().code(), procedure.type().code());
            assertFalse(procedure.paperResult(), procedure.type().code());
        }
        assertEquals(ForensicExpertReissueForm.class, REISSUE.formType());
        assertEquals(ForensicExpertDuplicateForm.class, DUPLICATE.formType());
    }

    @Test
    void theReissueHasTheIssuesStepsWithTheExpertsFifteenDays() {
        assertEquals(codes(ISSUE), codes(REISSUE));
        assertStep(REISSUE, StepCode.RECEIPT, OfficerRole.CLERK, StepLimit.workingDays(1), false);
        assertStep(REISSUE, StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_UNIT, StepLimit.workingDays(1), false);
        assertStep(REISSUE, StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(15), false);
        assertStep(REISSUE, StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, StepLimit.workingDays(15), true);
        assertStep(REISSUE, StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingDays(15), true);
        assertStep(REISSUE, StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingDays(1), false);
        assertStep(REISSUE, StepCode.DISPATCH, OfficerRole.CLERK, StepLimit.workingDays(1), false);
    }

    @Test
    void theDuplicateHasTheIssuesStepsWithTheExpertsTwoDays() {
        assertEquals(codes(ISSUE), codes(DUPLICATE));
        assertStep(DUPLICATE, StepCode.RECEIPT, OfficerRole.CLERK, StepLimit.workingDays(1), false);
        assertStep(DUPLICATE, StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_UNIT, StepLimit.workingDays(1), false);
        assertStep(DUPLICATE, StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(2), false);
        assertStep(DUPLICATE, StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, StepLimit.workingDays(2), true);
        assertStep(DUPLICATE, StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingDays(2), true);
        assertStep(DUPLICATE, StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingDays(1), false);
        assertStep(DUPLICATE, StepCode.DISPATCH, OfficerRole.CLERK, StepLimit.workingDays(1), false);
    }

    @Test
    void theDuplicatesTwoWorkingDaysSkipIndependenceDay() throws IOException {
        WorkingCalendar calendar = WorkingCalendar.load(Path.of("..", "config", "calendar", "working-calendar.txt"));
        // Mon 14.12.2026 10:00 + 2 WD: Tuesday the 15th, then Thursday the 17th (the 16th is Independence Day)
        Instant due = DUPLICATE.step(StepCode.COMPLETENESS_CHECK).limit().deadlineFrom(ASKED, calendar);
        assertEquals(Instant.parse("2026-12-17T05:00:00Z"), due);
    }

    @Test
    void allThreeAskTheIndividualsDatabaseTheCriminalRecordAndTheGatewaysFee() {
        List<CheckKind> expected = List.of(CheckKind.INDIVIDUAL, CheckKind.CRIMINAL_RECORD, CheckKind.FEE_PAYMENT);
        assertEquals(expected, kinds(REISSUE.checks(StepCode.REGISTRY_CHECKS, reissue("PERSONAL_NAME_CHANGE",
                REGISTERED_NAME, true))));
        assertEquals(expected, kinds(DUPLICATE.checks(StepCode.REGISTRY_CHECKS, duplicate("LOST", true))));
        List<CheckRequest> byReceipt = DUPLICATE.checks(StepCode.REGISTRY_CHECKS, duplicate("DAMAGED", false));
        assertEquals(List.of(CheckKind.INDIVIDUAL, CheckKind.CRIMINAL_RECORD), kinds(byReceipt));
        assertTrue(byReceipt.stream().allMatch(r -> r.subject().equals(IIN)));
        assertEquals(List.of(), DUPLICATE.checks(StepCode.COMPLETENESS_CHECK, duplicate("LOST", true)));
    }

    @Test
    void atTheCounterEveryForensicServiceAsksTheCriminalRecordAndHasTheOfficerCertifyTheForm() {
        for (ForensicExpertProcedure procedure : ALL) {
            List<CheckRequest> lookups = procedure.counterLookups(IIN);
            assertEquals(List.of(CheckKind.INDIVIDUAL, CheckKind.CRIMINAL_RECORD), kinds(lookups),
                    procedure.type().code());
            assertTrue(lookups.stream().allMatch(r -> r.subject().equals(IIN)));
            assertTrue(procedure.officerCertifiesCounterForm(), procedure.type().code());
        }
    }

    @Test
    void aChangeOfNameNeedsTheGroundsDocumentAndTheReceiptWhenTheFeeDidNotGoThroughTheGateway() {
        assertEquals(List.of(DocumentKind.REISSUE_GROUNDS, DocumentKind.FEE_RECEIPT),
                required(REISSUE, reissue("PERSONAL_NAME_CHANGE", REGISTERED_NAME, false)));
        assertEquals(List.of(), required(REISSUE, reissue("ACTIVITY_RENAMED_BY_LAW", null, true)));
        assertEquals(List.of(DocumentKind.FEE_RECEIPT), required(DUPLICATE, duplicate("LOST", false)));
        assertEquals(List.of(), required(DUPLICATE, duplicate("LOST", true)));
    }

    @Test
    void onlyTheApplicantsOwnForensicLicenceIsAdmittedAndAChangeOfNameSaysTheNewName() {
        HeldBy register = new HeldBy("Эксперт " + IIN);
        ForensicExpertReissueProcedure reissue = new ForensicExpertReissueProcedure();
        reissue.licences = register;
        ForensicExpertDuplicateProcedure duplicate = new ForensicExpertDuplicateProcedure();
        duplicate.licences = register;

        reissue.admit(reissue("PERSONAL_NAME_CHANGE", REGISTERED_NAME, false));
        assertEquals(List.of(LICENCE + " of " + IIN + " for [FORENSIC_EXPERT]"), register.asked);
        reissue.admit(reissue("ACTIVITY_RENAMED_BY_LAW", null, false));
        duplicate.admit(duplicate("LOST", false));
        assertEquals(3, register.asked.size());

        Rejection noName = assertThrows(Rejection.class,
                () -> reissue.admit(reissue("PERSONAL_NAME_CHANGE", " ", false)));
        assertEquals("reissue-change-missing", noName.type());
        Rejection sameName = assertThrows(Rejection.class,
                () -> reissue.admit(reissue("PERSONAL_NAME_CHANGE", "эксперт  " + IIN, false)));
        assertEquals("reissue-change-missing", sameName.type());
        assertTrue(sameName.detail().contains("already held"), sameName.detail());
    }

    @Test
    void aNewNameTheIndividualsDatabaseDoesNotHaveStandsInTheWayOfTheReissue() {
        List<RegistryCheck> clean = List.of(individual(REGISTERED_NAME), answered(CheckKind.CRIMINAL_RECORD,
                CheckOutcome.CLEAR, "{}"));
        assertEquals(List.of(), REISSUE.adverseFindings(clean, reissue("PERSONAL_NAME_CHANGE",
                "ахметов нурлан  серикович", false)));
        assertEquals(List.of(), REISSUE.adverseFindings(clean, reissue("ACTIVITY_RENAMED_BY_LAW", null, false)));

        List<String> otherName = REISSUE.adverseFindings(clean, reissue("PERSONAL_NAME_CHANGE",
                "Ахметова Нурлана Сериковна", false));
        assertEquals(1, otherName.size());
        assertTrue(otherName.get(0).contains(REGISTERED_NAME) && otherName.get(0).contains("Ахметова Нурлана"),
                otherName.get(0));

        List<RegistryCheck> convicted = List.of(individual(REGISTERED_NAME), answered(CheckKind.CRIMINAL_RECORD,
                CheckOutcome.HIT, "{}"));
        assertEquals(1, DUPLICATE.adverseFindings(convicted, duplicate("LOST", false)).size(),
                "a criminal record stands in the way of a duplicate too");
    }

    @Test
    void theReissueKeepsTheNumberAndBearsTheNewNameWithItsGround() {
        HeldBy register = new HeldBy("Эксперт " + IIN);
        ForensicExpertReissueProcedure procedure = new ForensicExpertReissueProcedure();
        procedure.licences = register;
        ForensicExpertReissueForm form = reissue("PERSONAL_NAME_CHANGE", "  " + REGISTERED_NAME + " ", false);

        IssuedResult result = procedure.issue(application(REISSUE, json(form)), new UnusedIssue());

        assertEquals(LICENCE, result.reference());
        assertEquals(LICENCE, register.reissued);
        assertEquals(ReissueReason.PERSONAL_NAME_CHANGE, register.reason);
        assertEquals("свидетельство о перемене имени № 12", register.detail);
        assertEquals(REGISTERED_NAME, register.newName);
        assertEquals("MJ", register.provider.code());
        assertNull(register.sites, "an expert's licence has no branches or objects to change");

        procedure.issue(application(REISSUE, json(reissue("ACTIVITY_RENAMED_BY_LAW", null, false))), new UnusedIssue());
        assertNull(register.newName, "a renamed activity leaves the holder's name as it is");
    }

    @Test
    void theDuplicateSaysWhyItWasIssued() {
        HeldBy register = new HeldBy("Эксперт " + IIN);
        ForensicExpertDuplicateProcedure procedure = new ForensicExpertDuplicateProcedure();
        procedure.licences = register;

        IssuedResult result = procedure.issue(application(DUPLICATE, json(duplicate("DAMAGED", false))),
                new UnusedIssue());

        assertEquals(LICENCE, register.duplicated);
        assertEquals(LICENCE, result.reference());
        assertTrue(result.account().contains("the licence document was damaged: залит водой"), result.account());
    }

    // --- fixtures

    private static List<StepCode> codes(ForensicExpertProcedure procedure) {
        return procedure.steps().stream().map(StepDefinition::code).toList();
    }

    private static List<CheckKind> kinds(List<CheckRequest> requests) {
        return requests.stream().map(CheckRequest::kind).toList();
    }

    private static List<DocumentKind> required(ForensicExpertProcedure procedure, ProcedureForm form) {
        return procedure.checklist().stream().filter(i -> i.requiredFor(form)).map(i -> i.kind()).toList();
    }

    private static void assertStep(ForensicExpertProcedure procedure, StepCode code, OfficerRole role, StepLimit limit,
                                   boolean sharesPrevious) {
        StepDefinition step = procedure.step(code);
        assertEquals(role, step.role(), code.name());
        assertEquals(limit, step.limit(), code.name());
        assertEquals(sharesPrevious, step.sharesPreviousLimit(), code.name());
    }

    private static String expert() {
        return "\"expert\":{\"iin\":\"" + IIN + "\",\"fullName\":\"" + REGISTERED_NAME + "\","
                + "\"address\":\"Астана, Мәңгілік Ел, 8, кв. 12\"}";
    }

    private static String reissueJson(String reason, String newName, boolean feeThroughGateway) {
        return "{\"procedure\":\"FORENSIC_EXPERT_REISSUE\"," + expert() + ",\"licenceNumber\":\"" + LICENCE + "\","
                + "\"reason\":\"" + reason + "\",\"reasonDetail\":\"свидетельство о перемене имени № 12\","
                + (newName == null ? "" : "\"newFullName\":\"" + newName + "\",")
                + "\"feePaidThroughGateway\":" + feeThroughGateway + ",\"documents\":[]}";
    }

    private static ForensicExpertReissueForm reissue(String reason, String newName, boolean feeThroughGateway) {
        return FormJson.read(reissueJson(reason, newName, feeThroughGateway).getBytes(StandardCharsets.UTF_8),
                ForensicExpertReissueForm.class);
    }

    private static String duplicateJson(String reason, boolean feeThroughGateway) {
        return "{\"procedure\":\"FORENSIC_EXPERT_DUPLICATE\"," + expert() + ",\"licenceNumber\":\"" + LICENCE + "\","
                + "\"reason\":\"" + reason + "\",\"reasonDetail\":\"залит водой\","
                + "\"feePaidThroughGateway\":" + feeThroughGateway + ",\"documents\":[]}";
    }

    private static ForensicExpertDuplicateForm duplicate(String reason, boolean feeThroughGateway) {
        return FormJson.read(duplicateJson(reason, feeThroughGateway).getBytes(StandardCharsets.UTF_8),
                ForensicExpertDuplicateForm.class);
    }

    private static String json(ForensicExpertReissueForm form) {
        return reissueJson(form.reason(), form.newFullName(), form.feePaidThroughGateway());
    }

    private static String json(ForensicExpertDuplicateForm form) {
        return duplicateJson(form.reason(), form.feePaidThroughGateway());
    }

    private static Application application(ForensicExpertProcedure procedure, String json) {
        return new Application(procedure.numberPrefix() + "-2026-000001", procedure.type(), "MVD-ASTANA", Channel.PORTAL, IIN,
                REGISTERED_NAME, ASKED, ASKED.plusSeconds(86400 * 14), json.getBytes(StandardCharsets.UTF_8),
                new byte[] {2});
    }

    private static RegistryCheck individual(String fullName) {
        return answered(CheckKind.INDIVIDUAL, CheckOutcome.FOUND,
                "{\"fullName\":\"" + fullName + "\",\"birthDate\":\"1980-01-01\"}");
    }

    private static int requests;

    private static RegistryCheck answered(CheckKind kind, CheckOutcome outcome, String data) {
        RegistryCheck check = new RegistryCheck(1L, "req-" + (++requests), kind, IIN, kind.name().toLowerCase(), ASKED);
        check.answer(outcome, outcome.name(), data, ASKED.plusSeconds(5));
        return check;
    }

    /** A register in which the applicant holds the licence, recording what the procedures ask of it. */
    private static final class HeldBy extends LicenceResults {
        final String holderName;
        final List<String> asked = new java.util.ArrayList<>();
        String reissued;
        String duplicated;
        ReissueReason reason;
        String detail;
        String newName;
        List<Site> sites;
        Provider provider;

        HeldBy(String holderName) {
            this.holderName = holderName;
        }

        @Override
        public LicenceFacts requireHeldBy(String licenceNumber, String applicantId, Set<Activity> activities) {
            asked.add(licenceNumber + " of " + applicantId + " for " + activities);
            return new LicenceFacts(licenceNumber, applicantId, holderName, null, Activity.FORENSIC_EXPERT,
                    LicenceStatus.ACTIVE, DAY.minusYears(1), List.of(), List.of());
        }

        @Override
        public IssuedResult reissueLicence(Application application, ResultIssue issue, Provider provider,
                                           String licenceNumber, ReissueReason reason, String detail,
                                           String newHolderName, String newHolderAddress, List<Site> sites) {
            this.reissued = licenceNumber;
            this.reason = reason;
            this.detail = detail;
            this.newName = newHolderName;
            this.sites = sites;
            this.provider = provider;
            return new IssuedResult(licenceNumber, "Licence " + licenceNumber + " reissued");
        }

        @Override
        public IssuedResult duplicateLicence(Application application, ResultIssue issue, Provider provider,
                                             String licenceNumber) {
            this.duplicated = licenceNumber;
            return new IssuedResult(licenceNumber, "Duplicate of licence " + licenceNumber + " signed");
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
