package kz.gov.elicense.securityactivity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import kz.gov.elicense.application.boundary.ProcedureDefinition;
import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.WorkingCalendar;
import kz.gov.elicense.calendar.entity.StepLimit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reissue and the duplicate of the security licence against regulation §4.1 and the real working calendar. */
class SecurityActivityReissueAndDuplicateProcedureTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final SecurityActivityReissueProcedure REISSUE = new SecurityActivityReissueProcedure();
    private static final SecurityActivityDuplicateProcedure DUPLICATE = new SecurityActivityDuplicateProcedure();

    private static WorkingCalendar calendar;

    @BeforeAll
    static void loadTheRealCalendar() throws IOException {
        calendar = WorkingCalendar.load(Path.of("..", "config", "calendar", "working-calendar.txt"));
    }

    @Test
    void bothAreServicesOfTheMinistryForLegalEntitiesWithTheirOwnCodesAndNumbers() {
        assertEquals("SECURITY_ACTIVITY_REISSUE", REISSUE.type().code());
        assertEquals("SECURITY_ACTIVITY_DUPLICATE", DUPLICATE.type().code());
        assertEquals(ApplicantKind.LEGAL_ENTITY, REISSUE.applicantKind());
        assertEquals(ApplicantKind.LEGAL_ENTITY, DUPLICATE.applicantKind());
        assertEquals("MVD", REISSUE.provider().code());
        assertEquals("MVD", DUPLICATE.provider().code());
        assertEquals(ResultKind.LICENCE, REISSUE.positiveResult());
        assertEquals(ResultKind.DUPLICATE, DUPLICATE.positiveResult());
        assertFalse(REISSUE.numberPrefix().equals(DUPLICATE.numberPrefix())
                || REISSUE.numberPrefix().equals(new SecurityActivityIssueProcedure().numberPrefix()));
    }

    @Test
    void theReissueHasTheFourStepsOfRegulation41WithTheirRolesAndLimits() {
        assertEquals(List.of(StepCode.ASSIGN_EXECUTOR, StepCode.COMPLETENESS_CHECK, StepCode.REGISTRY_CHECKS,
                StepCode.REPORT_AND_RESULT, StepCode.HEAD_SIGNATURE), codes(REISSUE));
        assertStep(REISSUE, StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(1));
        assertStep(REISSUE, StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(2));
        assertStep(REISSUE, StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, StepLimit.workingHours(5));
        assertStep(REISSUE, StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingHours(2));
        assertStep(REISSUE, StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(2));
        assertEquals(10, REISSUE.totalTermWorkingDays());
    }

    @Test
    void theDuplicateHasOneWorkingDayForCompletenessAndOtherwiseTheReissuesSteps() {
        assertEquals(codes(REISSUE), codes(DUPLICATE));
        assertStep(DUPLICATE, StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(1));
        assertStep(DUPLICATE, StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(1));
        assertStep(DUPLICATE, StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, StepLimit.workingHours(5));
        assertStep(DUPLICATE, StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingHours(2));
        assertStep(DUPLICATE, StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(2));
        assertEquals(2, DUPLICATE.totalTermWorkingDays());
    }

    @Test
    void reportResultAndSignatureShareOneTwoHourLimit() {
        for (ProcedureDefinition procedure : List.of(REISSUE, DUPLICATE)) {
            StepDefinition signature = procedure.step(StepCode.HEAD_SIGNATURE);
            assertTrue(signature.sharesPreviousLimit(), procedure.type() + ": the signature keeps the report's deadline");
            assertFalse(procedure.step(StepCode.REPORT_AND_RESULT).sharesPreviousLimit());
            assertEquals(procedure.step(StepCode.REPORT_AND_RESULT).limit(), signature.limit());
        }
    }

    @Test
    void theRegistryChecksOfFiveHoursCarryOverIndependenceDay() {
        // 16:00-18:30 on Tue 15.12 (2.5 h), Wed 16.12 is a holiday, then 09:00-11:30 on Thu 17.12 (2.5 h)
        assertEquals(almaty("2026-12-17T11:30"), deadline(REISSUE, StepCode.REGISTRY_CHECKS, almaty("2026-12-15T16:00")));
        assertEquals(almaty("2026-12-17T11:30"), deadline(DUPLICATE, StepCode.REGISTRY_CHECKS, almaty("2026-12-15T16:00")));
        // within one morning, across the lunch break: 10:00-13:00 (3 h), 14:30-16:30 (2 h)
        assertEquals(almaty("2026-12-15T16:30"), deadline(REISSUE, StepCode.REGISTRY_CHECKS, almaty("2026-12-15T10:00")));
    }

    @Test
    void theReportOfTwoHoursStartedLateInTheDayEndsTheNextWorkingMorning() {
        // 17:30-18:30 on Tue 15.12 (1 h), Wed 16.12 is a holiday, then 09:00-10:00 on Thu 17.12 (1 h); the head's
        // signature is due then too, as it shares this limit
        assertEquals(almaty("2026-12-17T10:00"), deadline(REISSUE, StepCode.REPORT_AND_RESULT, almaty("2026-12-15T17:30")));
        assertEquals(almaty("2026-12-17T10:00"), deadline(DUPLICATE, StepCode.REPORT_AND_RESULT, almaty("2026-12-15T17:30")));
    }

    @Test
    void theStepsFitIntoTheTotalTerms() {
        for (ProcedureDefinition procedure : List.of(REISSUE, DUPLICATE)) {
            Duration steps = procedure.steps().stream().filter(s -> !s.sharesPreviousLimit())
                    .map(s -> workingTime(s.limit())).reduce(Duration.ZERO, Duration::plus);
            assertTrue(steps.compareTo(calendar.workingDayLength().multipliedBy(procedure.totalTermWorkingDays())) <= 0,
                    procedure.type() + ": " + steps);
        }
        // duplicate: 1 h + 1 WD + 5 h + 2 h = 16 h = exactly its 2 WD
        assertEquals(Duration.ofHours(16), DUPLICATE.steps().stream().filter(s -> !s.sharesPreviousLimit())
                .map(s -> workingTime(s.limit())).reduce(Duration.ZERO, Duration::plus));
    }

    @Test
    void theReissueNeedsItsGroundsDocumentAndTheFeeReceiptOnlyWhenNotPaidThroughTheGateway() {
        assertTrue(REISSUE.checklist().stream().anyMatch(i -> i.kind() == DocumentKind.REISSUE_GROUNDS && i.required()));
        assertTrue(REISSUE.checklist().stream().anyMatch(i -> i.kind() == DocumentKind.FEE_RECEIPT && !i.required()));
        assertTrue(DUPLICATE.checklist().stream().noneMatch(i -> i.required()));
    }

    private static List<StepCode> codes(ProcedureDefinition procedure) {
        return procedure.steps().stream().map(StepDefinition::code).toList();
    }

    private static Instant almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
    }

    private static Instant deadline(ProcedureDefinition procedure, StepCode code, Instant start) {
        return procedure.step(code).limit().deadlineFrom(start, calendar);
    }

    private static void assertStep(ProcedureDefinition procedure, StepCode code, OfficerRole role, StepLimit limit) {
        StepDefinition step = procedure.step(code);
        assertEquals(role, step.role(), procedure.type() + " " + code + " role");
        assertEquals(limit, step.limit(), procedure.type() + " " + code + " limit");
    }

    private static Duration workingTime(StepLimit limit) {
        return switch (limit.unit()) {
            case WORKING_DAYS -> calendar.workingDayLength().multipliedBy(limit.amount());
            case WORKING_HOURS -> Duration.ofHours(limit.amount());
            case WORKING_MINUTES -> Duration.ofMinutes(limit.amount());
        };
    }
}
