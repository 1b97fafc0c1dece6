package kz.gov.elicense.application.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static final Instant SUBMITTED = Instant.parse("2026-04-06T04:00:00Z");
    private static final Instant DUE = Instant.parse("2026-04-27T04:00:00Z");
    private static final byte[] FORM = "{\"bin\":\"150440001011\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SIGNATURE = {0x30, (byte) 0x82, 0x01, 0x02};

    static Application newApplication() {
        return new Application("SEC-2026-000001", ProcedureType.of("SECURITY_ACTIVITY_ISSUE"), "MVD-ASTANA", Channel.PORTAL,
                "150440001011", "ТОО «Қалқан Күзет»", SUBMITTED, DUE, FORM, SIGNATURE);
    }

    @Test
    void aNewApplicationIsDeliveredWithOneHistoryEntryByTheApplicant() {
        Application application = newApplication();

        assertEquals(ApplicationStatus.DELIVERED, application.status());
        assertEquals(1, application.history().size());
        StatusChange delivered = application.history().get(0);
        assertNull(delivered.from());
        assertEquals(ApplicationStatus.DELIVERED, delivered.to());
        assertEquals(SUBMITTED, delivered.at());
        assertEquals("150440001011", delivered.actor());
        assertTrue(delivered.reason().contains("portal"), delivered.reason());
        assertEquals(SUBMITTED, application.submittedAt());
        assertEquals(DUE, application.dueAt());
        assertTrue(application.steps().isEmpty());
        assertTrue(application.documents().isEmpty());
    }

    @Test
    void changeStatusRecordsFromToActorAndReasonInOrder() {
        Application application = newApplication();
        Instant registered = SUBMITTED.plusSeconds(60);
        Instant inWork = SUBMITTED.plusSeconds(3600);

        application.changeStatus(ApplicationStatus.REGISTERED, registered, "system", "Registered with a number");
        application.changeStatus(ApplicationStatus.IN_WORK, inWork, "head-1", "Executor assigned");

        assertEquals(ApplicationStatus.IN_WORK, application.status());
        List<StatusChange> history = application.history();
        assertEquals(3, history.size());

        StatusChange first = history.get(1);
        assertEquals(ApplicationStatus.DELIVERED, first.from());
        assertEquals(ApplicationStatus.REGISTERED, first.to());
        assertEquals(registered, first.at());
        assertEquals("system", first.actor());
        assertEquals("Registered with a number", first.reason());

        StatusChange second = history.get(2);
        assertEquals(ApplicationStatus.REGISTERED, second.from());
        assertEquals(ApplicationStatus.IN_WORK, second.to());
        assertEquals(inWork, second.at());
        assertEquals("head-1", second.actor());
        assertEquals("Executor assigned", second.reason());
    }

    @Test
    void historyCannotBeEditedFromOutside() {
        Application application = newApplication();
        assertThrows(UnsupportedOperationException.class, () -> application.history().clear());
        assertThrows(UnsupportedOperationException.class, () -> application.steps().clear());
        assertThrows(UnsupportedOperationException.class, () -> application.documents().clear());
    }

    @Test
    void anIssuedResultIsFinal() {
        Application application = newApplication();
        application.changeStatus(ApplicationStatus.REGISTERED, SUBMITTED, "system", "registered");
        application.changeStatus(ApplicationStatus.IN_WORK, SUBMITTED.plusSeconds(60), "head-1", "assigned");
        application.changeStatus(ApplicationStatus.RESULT_ISSUED, SUBMITTED.plusSeconds(120), "head-1", "signed");

        assertThrows(IllegalStateException.class,
                () -> application.changeStatus(ApplicationStatus.IN_WORK, SUBMITTED.plusSeconds(180), "head-1", "reopen"));
        assertThrows(IllegalStateException.class,
                () -> application.changeStatus(ApplicationStatus.REFUSED, SUBMITTED.plusSeconds(180), "head-1", "refuse"));
        assertEquals(ApplicationStatus.RESULT_ISSUED, application.status());
        assertEquals(4, application.history().size(), "a rejected change must not be recorded");
    }

    @Test
    void statusesOnlyMoveForward() {
        Application application = newApplication();
        assertThrows(IllegalStateException.class,
                () -> application.changeStatus(ApplicationStatus.IN_WORK, SUBMITTED, "head-1", "skips registration"));
        application.changeStatus(ApplicationStatus.REGISTERED, SUBMITTED, "system", "registered");
        application.changeStatus(ApplicationStatus.IN_WORK, SUBMITTED.plusSeconds(60), "head-1", "assigned");
        assertThrows(IllegalStateException.class,
                () -> application.changeStatus(ApplicationStatus.DELIVERED, SUBMITTED.plusSeconds(90), "head-1", "back"));
        assertThrows(IllegalStateException.class,
                () -> application.changeStatus(ApplicationStatus.REGISTERED, SUBMITTED.plusSeconds(90), "head-1", "back"));
        assertEquals(ApplicationStatus.IN_WORK, application.status());
    }

    @Test
    void aRefusalIsFinal() {
        Application application = newApplication();
        application.changeStatus(ApplicationStatus.REFUSED, SUBMITTED.plusSeconds(60), "executor-1", "incomplete");

        assertThrows(IllegalStateException.class,
                () -> application.changeStatus(ApplicationStatus.RESULT_ISSUED, SUBMITTED.plusSeconds(120), "head-1", "x"));
        assertThrows(IllegalStateException.class,
                () -> application.changeStatus(ApplicationStatus.REFUSED, SUBMITTED.plusSeconds(120), "head-1", "again"));
        assertEquals(ApplicationStatus.REFUSED, application.status());
        assertEquals(2, application.history().size(), "a rejected change must not be recorded");
    }

    @Test
    void startStepRecordsTheStepAndItIsOpen() {
        Application application = newApplication();
        Instant start = SUBMITTED.plusSeconds(60);
        Instant deadline = start.plusSeconds(3600);

        ProcedureStep step = application.startStep(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, "1 h",
                start, deadline, "head-1");

        assertEquals(List.of(step), application.steps());
        assertTrue(step.isOpen());
        assertEquals(StepCode.ASSIGN_EXECUTOR, step.code());
        assertEquals(OfficerRole.HEAD_OF_PROVIDER, step.role());
        assertEquals("1 h", step.limit());
        assertEquals(start, step.startedAt());
        assertEquals(deadline, step.deadline());
        assertEquals("head-1", step.assignee());
        assertNull(step.completedAt());
        assertSame(step, application.openStep(StepCode.ASSIGN_EXECUTOR).orElseThrow());
        assertSame(step, application.currentStep().orElseThrow());
        assertTrue(application.openStep(StepCode.COMPLETENESS_CHECK).isEmpty());
    }

    @Test
    void currentStepIsTheLatestOpenStep() {
        Application application = newApplication();
        Instant t = SUBMITTED.plusSeconds(60);
        assertTrue(application.currentStep().isEmpty());

        ProcedureStep assign = application.startStep(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, "1 h",
                t, t.plusSeconds(3600), "head-1");
        assign.complete(t.plusSeconds(600), "head-1", "executor-1 assigned");
        ProcedureStep completeness = application.startStep(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, "2 WD",
                t.plusSeconds(600), t.plusSeconds(86_400), "executor-1");

        assertSame(completeness, application.currentStep().orElseThrow());
        assertTrue(application.openStep(StepCode.ASSIGN_EXECUTOR).isEmpty(), "a completed step is not open");
        assertSame(completeness, application.openStep(StepCode.COMPLETENESS_CHECK).orElseThrow());

        ProcedureStep report = application.startStep(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, "1 WD",
                t.plusSeconds(700), t.plusSeconds(90_000), "executor-1");
        assertSame(report, application.currentStep().orElseThrow(), "the most recently started open step");

        report.complete(t.plusSeconds(800), "executor-1", "done");
        assertSame(completeness, application.currentStep().orElseThrow());

        completeness.complete(t.plusSeconds(900), "executor-1", "complete");
        assertTrue(application.currentStep().isEmpty());
    }

    @Test
    void completingAStepClosesItAndRecordsWhenByWhomAndHow() {
        Application application = newApplication();
        Instant start = SUBMITTED.plusSeconds(60);
        ProcedureStep step = application.startStep(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, "2 WD",
                start, start.plusSeconds(57_600), "executor-1");
        Instant done = start.plusSeconds(1800);

        step.complete(done, "executor-1", "Documents complete");

        assertFalse(step.isOpen());
        assertEquals(done, step.completedAt());
        assertEquals("executor-1", step.completedBy());
        assertEquals("Documents complete", step.outcome());
        assertTrue(application.openStep(StepCode.COMPLETENESS_CHECK).isEmpty());
    }

    @Test
    void completingAStepTwiceFailsAndKeepsTheFirstCompletion() {
        Application application = newApplication();
        Instant start = SUBMITTED.plusSeconds(60);
        ProcedureStep step = application.startStep(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, "2 WD",
                start, start.plusSeconds(57_600), "executor-1");
        Instant done = start.plusSeconds(1800);
        step.complete(done, "executor-1", "first");

        assertThrows(IllegalStateException.class, () -> step.complete(done.plusSeconds(60), "executor-2", "second"));

        assertEquals(done, step.completedAt());
        assertEquals("executor-1", step.completedBy());
        assertEquals("first", step.outcome());
    }

    @Test
    void formIsCopiedOnTheWayInAndOut() {
        byte[] form = FORM.clone();
        Application application = new Application("SEC-2026-000002", ProcedureType.of("SECURITY_ACTIVITY_ISSUE"),
                "MVD-ASTANA", Channel.COUNTER, "150440001011", "ТОО «Қалқан Күзет»", SUBMITTED, DUE, form, SIGNATURE);

        form[0] = 'X';
        assertArrayEquals(FORM, application.form(), "changing the caller's array must not change the signed form");

        byte[] out = application.form();
        out[0] = 'Y';
        assertArrayEquals(FORM, application.form(), "changing a returned array must not change the signed form");
        assertFalse(application.form() == application.form(), "each call returns a fresh copy");
    }

    @Test
    void formSignatureIsCopiedOnTheWayInAndOut() {
        byte[] signature = SIGNATURE.clone();
        Application application = new Application("SEC-2026-000003", ProcedureType.of("SECURITY_ACTIVITY_ISSUE"),
                "MVD-ASTANA", Channel.PORTAL, "150440001011", "ТОО «Қалқан Күзет»", SUBMITTED, DUE, FORM, signature);

        signature[0] = 0;
        assertArrayEquals(SIGNATURE, application.formSignature());

        byte[] out = application.formSignature();
        out[1] = 0;
        assertArrayEquals(SIGNATURE, application.formSignature());
    }
}
