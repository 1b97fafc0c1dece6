package kz.gov.elicense.activitylicence.control;

import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.WorkingCalendar;
import kz.gov.elicense.calendar.entity.StepLimit;
import kz.gov.elicense.register.entity.Activity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four services against seed 003 annexes 2 and 3 (items 5 and 8) and §2's terms, on the real calendar. */
class LicenceServiceTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static WorkingCalendar calendar;

    @BeforeAll
    static void loadTheRealCalendar() throws IOException {
        calendar = WorkingCalendar.load(Path.of("..", "config", "calendar", "working-calendar.txt"));
    }

    @ParameterizedTest
    @EnumSource(LicenceService.class)
    void everyServiceHasTheSeedsStepsInOrder(LicenceService service) {
        assertEquals(List.of(StepCode.RECEIPT, StepCode.ASSIGN_EXECUTOR, StepCode.COMPLETENESS_CHECK,
                        StepCode.REGISTRY_CHECKS, StepCode.REPORT_AND_RESULT, StepCode.HEAD_SIGNATURE, StepCode.DISPATCH),
                service.steps().stream().map(StepDefinition::code).toList());
    }

    @ParameterizedTest
    @EnumSource(LicenceService.class)
    void theOfficeAndTheHeadHaveTheSeedsShortLimitsInEveryService(LicenceService service) {
        assertStep(service, StepCode.RECEIPT, OfficerRole.CLERK, StepLimit.workingMinutes(15));
        assertStep(service, StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(2));
        assertStep(service, StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(3));
        assertStep(service, StepCode.DISPATCH, OfficerRole.CLERK, StepLimit.workingMinutes(15));
    }

    @Test
    void anIssueAndANewAnnexHaveTwoWorkingDaysOfCompletenessAndThirteenOfReviewInFifteen() {
        for (LicenceService service : List.of(LicenceService.ISSUE, LicenceService.ANNEX)) {
            assertStep(service, StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(2));
            assertStep(service, StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, StepLimit.workingDays(13));
            assertStep(service, StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingDays(13));
            assertEquals(15, service.totalTermWorkingDays());
            assertEquals(ResultKind.LICENCE, service.positiveResult());
        }
    }

    @Test
    void aReissueHasTenWorkingDaysAndADuplicateTwo() {
        assertEquals(10, LicenceService.REISSUE.totalTermWorkingDays());
        assertEquals(ResultKind.LICENCE, LicenceService.REISSUE.positiveResult());
        assertEquals(2, LicenceService.DUPLICATE.totalTermWorkingDays());
        assertEquals(ResultKind.DUPLICATE, LicenceService.DUPLICATE.positiveResult());
        assertStep(LicenceService.DUPLICATE, StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(1));
        assertStep(LicenceService.DUPLICATE, StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingDays(1));
    }

    @ParameterizedTest
    @EnumSource(LicenceService.class)
    void theExecutorsWholeReviewIsTheServicesTerm(LicenceService service) {
        // item 8: the executor's review of 15 WD is the issue's term; the registry checks are inside it
        int review = service.steps().stream()
                .filter(s -> s.role() == OfficerRole.EXECUTOR && !s.sharesPreviousLimit())
                .mapToInt(s -> s.limit().amount()).sum();
        assertEquals(service.totalTermWorkingDays(), review);
    }

    @ParameterizedTest
    @EnumSource(LicenceService.class)
    void theReportKeepsTheDeadlineOfTheRegistryChecksAndNothingElseSharesOne(LicenceService service) {
        for (StepDefinition step : service.steps()) {
            assertEquals(step.code() == StepCode.REPORT_AND_RESULT, step.sharesPreviousLimit(), step.code().name());
        }
        assertTrue(StepCode.REGISTRY_CHECKS.isAutomatic());
    }

    @Test
    void completenessOfTwoWorkingDaysSkipsIndependenceDay() {
        // Tue 15.12 10:00 + 2 WD: Wed 16.12 is a holiday, so Thu 17.12 and Fri 18.12 count
        assertEquals(almaty("2026-12-18T10:00"), deadline(LicenceService.ISSUE, StepCode.COMPLETENESS_CHECK,
                almaty("2026-12-15T10:00")));
    }

    @Test
    void theClerksFifteenMinutesBeforeTheEndOfTheDayCarryOverTheHoliday() {
        // the working day ends at 18:30: 5 minutes on the 15th, 10 on the morning of the 17th
        assertEquals(almaty("2026-12-17T09:10"), deadline(LicenceService.ISSUE, StepCode.RECEIPT,
                almaty("2026-12-15T18:25")));
    }

    @Test
    void theHeadsThreeHoursOfSignature() {
        assertEquals(almaty("2026-12-17T10:30"), deadline(LicenceService.DUPLICATE, StepCode.HEAD_SIGNATURE,
                almaty("2026-12-15T17:00")));
    }

    @Test
    void aDuplicateAskedBeforeIndependenceDayIsDueTwoWorkingDaysLater() {
        Instant due = StepLimit.workingDays(LicenceService.DUPLICATE.totalTermWorkingDays())
                .deadlineFrom(almaty("2026-12-15T10:00"), calendar);
        assertEquals(almaty("2026-12-18T10:00"), due);
    }

    @Test
    void titlesAreTheActivitysOfficialNameInKazakhAndRussian() {
        String issue = LicenceService.ISSUE.title(Activity.CIVIL_PYROTECHNICS);
        assertTrue(issue.startsWith("Азаматтық пиротехникалық заттарды"), issue);
        assertTrue(issue.contains("жөніндегі қызметке лицензия беру / Выдача лицензии на деятельность по разработке"),
                issue);
        assertTrue(LicenceService.DUPLICATE.title(Activity.WEAPONS_AND_CARTRIDGES)
                .contains("қызметке лицензияның телнұсқасын беру / Выдача дубликата лицензии на деятельность по"));
        assertTrue(LicenceService.REISSUE.title(Activity.WEAPONS_AND_CARTRIDGES).contains("Переоформление лицензии"));
        assertTrue(LicenceService.ANNEX.title(Activity.WEAPONS_AND_CARTRIDGES).contains("Выдача приложения к лицензии"));
        assertFalse(issue.contains("Деятельность"), "the Russian name is continued in lower case");
    }

    private static void assertStep(LicenceService service, StepCode code, OfficerRole role, StepLimit limit) {
        StepDefinition step = service.steps().stream().filter(s -> s.code() == code).findFirst().orElseThrow();
        assertEquals(role, step.role(), service + " " + code + " role");
        assertEquals(limit, step.limit(), service + " " + code + " limit");
    }

    private static Instant deadline(LicenceService service, StepCode code, Instant start) {
        return service.steps().stream().filter(s -> s.code() == code).findFirst().orElseThrow().limit()
                .deadlineFrom(start, calendar);
    }

    private static Instant almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
    }
}
