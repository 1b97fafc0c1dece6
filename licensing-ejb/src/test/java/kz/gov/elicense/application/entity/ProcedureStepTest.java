package kz.gov.elicense.application.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ProcedureStepTest {

    private static final Instant START = Instant.parse("2026-04-07T04:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-04-09T04:00:00Z");

    private static ProcedureStep openStep() {
        return ApplicationTest.newApplication().startStep(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, "2 WD",
                START, DEADLINE, "executor-1");
    }

    @Test
    void anOpenStepIsNotOverdueBeforeOrAtItsDeadline() {
        ProcedureStep step = openStep();

        assertFalse(step.isOverdueAt(START));
        assertFalse(step.isOverdueAt(DEADLINE.minusSeconds(1)));
        assertFalse(step.isOverdueAt(DEADLINE), "the deadline itself is still in time");
    }

    @Test
    void anOpenStepIsOverdueAfterItsDeadline() {
        ProcedureStep step = openStep();

        assertTrue(step.isOverdueAt(DEADLINE.plusSeconds(1)));
        assertTrue(step.isOverdueAt(DEADLINE.plusSeconds(86_400 * 30)));
    }

    @Test
    void aStepCompletedLateStaysOverdue() {
        ProcedureStep step = openStep();
        Instant late = DEADLINE.plusSeconds(3600);
        step.complete(late, "executor-1", "complete");

        assertTrue(step.isOverdueAt(late));
        assertTrue(step.isOverdueAt(late.plusSeconds(86_400 * 365)));
        assertTrue(step.isOverdueAt(START), "judged by when it was completed, not by the time of asking");
    }

    @Test
    void aStepCompletedInTimeIsNotOverdueEvenLater() {
        ProcedureStep step = openStep();
        Instant inTime = DEADLINE.minusSeconds(60);
        step.complete(inTime, "executor-1", "complete");

        assertFalse(step.isOverdueAt(inTime));
        assertFalse(step.isOverdueAt(DEADLINE.plusSeconds(1)));
        assertFalse(step.isOverdueAt(DEADLINE.plusSeconds(86_400 * 365)));
    }

    @Test
    void aStepCompletedExactlyAtItsDeadlineIsInTime() {
        ProcedureStep step = openStep();
        step.complete(DEADLINE, "executor-1", "complete");

        assertFalse(step.isOverdueAt(DEADLINE.plusSeconds(86_400)));
    }

    @Test
    void anOverdueStepIsReportedOnlyOnce() {
        Application application = new Application("SEC-2026-000009", ProcedureType.of("SECURITY_ACTIVITY_ISSUE"),
                "MVD-ASTANA", Channel.PORTAL, "150440001011", "x", Instant.EPOCH, Instant.EPOCH, new byte[]{1}, new byte[]{1});
        ProcedureStep step = application.startStep(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, "1 h",
                Instant.EPOCH, Instant.EPOCH.plusSeconds(3600), null);
        org.junit.jupiter.api.Assertions.assertTrue(step.markOverdueNotified(Instant.EPOCH.plusSeconds(7200)));
        org.junit.jupiter.api.Assertions.assertFalse(step.markOverdueNotified(Instant.EPOCH.plusSeconds(9000)));
        org.junit.jupiter.api.Assertions.assertEquals(Instant.EPOCH.plusSeconds(7200), step.overdueNotifiedAt());
    }
}
