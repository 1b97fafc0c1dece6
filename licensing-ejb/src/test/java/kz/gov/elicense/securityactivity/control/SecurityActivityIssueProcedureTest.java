package kz.gov.elicense.securityactivity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.WorkingCalendar;
import kz.gov.elicense.calendar.entity.StepLimit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The issue procedure against regulation §4.1 (issue table) and the real working calendar. */
class SecurityActivityIssueProcedureTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final SecurityActivityIssueProcedure PROCEDURE = new SecurityActivityIssueProcedure();

    private static WorkingCalendar calendar;

    @BeforeAll
    static void loadTheRealCalendar() throws IOException {
        calendar = WorkingCalendar.load(Path.of("..", "config", "calendar", "working-calendar.txt"));
    }

    private static Instant almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
    }

    private static Instant deadline(StepCode code, Instant start) {
        return PROCEDURE.step(code).limit().deadlineFrom(start, calendar);
    }

    @Test
    void isTheSecurityActivityIssue() {
        assertEquals(ProcedureType.of("SECURITY_ACTIVITY_ISSUE"), PROCEDURE.type());
    }

    @Test
    void declaresExactlyTheStepsOfRegulation41InOrder() {
        List<StepCode> codes = PROCEDURE.steps().stream().map(StepDefinition::code).toList();
        assertEquals(List.of(StepCode.ASSIGN_EXECUTOR, StepCode.COMPLETENESS_CHECK, StepCode.REGISTRY_CHECKS,
                StepCode.DISMISSED_PERSONS_CHECK, StepCode.REPORT_AND_RESULT, StepCode.HEAD_SIGNATURE), codes);
    }

    @Test
    void declaresTheRolesAndLimitsOfRegulation41() {
        assertStep(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(1));
        assertStep(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(2));
        assertStep(StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, StepLimit.workingDays(6));
        assertStep(StepCode.DISMISSED_PERSONS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingHours(6));
        assertStep(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingDays(1));
        assertEquals(OfficerRole.HEAD_OF_PROVIDER, PROCEDURE.step(StepCode.HEAD_SIGNATURE).role());
    }

    @Test
    void theHeadsSignatureHasNoMoreTimeThanTheReportStepItBelongsTo() {
        // Regulation §4.1 step 5: report, result and the head's signature together within 1 WD.
        Duration signature = workingTime(PROCEDURE.step(StepCode.HEAD_SIGNATURE).limit());
        Duration report = workingTime(PROCEDURE.step(StepCode.REPORT_AND_RESULT).limit());
        assertFalse(signature.compareTo(report) > 0, () -> "HEAD_SIGNATURE " + signature + " > report step " + report);
    }

    @Test
    void theTotalTermIsFifteenWorkingDaysAndTheStepsFitIntoIt() {
        assertEquals(15, PROCEDURE.totalTermWorkingDays());

        // HEAD_SIGNATURE shares the limit of REPORT_AND_RESULT, so it is not added
        Duration steps = PROCEDURE.steps().stream().filter(s -> s.code() != StepCode.HEAD_SIGNATURE)
                .map(s -> workingTime(s.limit())).reduce(Duration.ZERO, Duration::plus);
        assertEquals(Duration.ofHours(9 * 8 + 1 + 6), steps);
        assertTrue(steps.compareTo(calendar.workingDayLength().multipliedBy(15)) <= 0);
    }

    @Test
    void theRealCalendarHasIndependenceDay2026Off() {
        // the premise of the deadline tests below, read from config/calendar/working-calendar.txt
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 15)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 16)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 17)));
        assertEquals(Duration.ofHours(8), calendar.workingDayLength());
    }

    @Test
    void completenessCheckOfTwoWorkingDaysSkipsIndependenceDay() {
        // Tue 15.12 10:00 + 2 WD: Wed 16.12 is a holiday, so Thu 17.12 and Fri 18.12 count
        Instant due = deadline(StepCode.COMPLETENESS_CHECK, almaty("2026-12-15T10:00"));

        assertEquals(almaty("2026-12-18T10:00"), due);
        assertEquals(Instant.parse("2026-12-18T05:00:00Z"), due);
    }

    @Test
    void registryChecksOfSixWorkingDaysSkipIndependenceDayAndTheWeekend() {
        // 17, 18, 21, 22, 23, 24 December
        assertEquals(Instant.parse("2026-12-24T05:00:00Z"),
                deadline(StepCode.REGISTRY_CHECKS, almaty("2026-12-15T10:00")));
    }

    @Test
    void dismissedPersonsCheckOfSixHoursCarriesOverIndependenceDay() {
        // 16:00-18:30 on 15.12 (2.5 h), then 09:00-12:30 on 17.12 (3.5 h)
        assertEquals(Instant.parse("2026-12-17T07:30:00Z"),
                deadline(StepCode.DISMISSED_PERSONS_CHECK, almaty("2026-12-15T16:00")));
    }

    @Test
    void assigningTheExecutorInTheLastHalfHourBeforeTheHolidayEndsTheNextWorkingMorning() {
        assertEquals(almaty("2026-12-17T09:30"), deadline(StepCode.ASSIGN_EXECUTOR, almaty("2026-12-15T18:00")));
    }

    @Test
    void aStepReceivedOnTheHolidayStartsCountingOnTheNextWorkingDay() {
        assertEquals(almaty("2026-12-17T18:30"), deadline(StepCode.REPORT_AND_RESULT, almaty("2026-12-16T11:00")));
    }

    @Test
    void theTotalTermAcrossTheNewYearHolidays() {
        // 17, 18, 21-25, 28-31 December (11), then 1-2 January holidays, 4 January day off,
        // 5, 6 January, 7 January Orthodox Christmas, 8 and 11 January
        Instant due = StepLimit.workingDays(PROCEDURE.totalTermWorkingDays())
                .deadlineFrom(almaty("2026-12-15T10:00"), calendar);
        assertEquals(almaty("2027-01-11T10:00"), due);
    }

    private static void assertStep(StepCode code, OfficerRole role, StepLimit limit) {
        StepDefinition step = PROCEDURE.step(code);
        assertEquals(role, step.role(), code + " role");
        assertEquals(limit, step.limit(), code + " limit");
    }

    private static Duration workingTime(StepLimit limit) {
        return switch (limit.unit()) {
            case WORKING_DAYS -> calendar.workingDayLength().multipliedBy(limit.amount());
            case WORKING_HOURS -> Duration.ofHours(limit.amount());
            case WORKING_MINUTES -> Duration.ofMinutes(limit.amount());
        };
    }
}
