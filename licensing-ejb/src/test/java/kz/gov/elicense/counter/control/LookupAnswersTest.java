package kz.gov.elicense.counter.control;

import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.counter.entity.LookupState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LookupAnswersTest {

    private static final Instant ASKED = Instant.parse("2026-11-23T04:00:00Z");
    private static final Instant SOON = ASKED.plusSeconds(3);

    @Test
    void aLookupWaitsWhileAQuestionIsUnanswered() {
        List<RegistryCheck> checks = List.of(answered(CheckKind.INDIVIDUAL, CheckOutcome.FOUND),
                asked(CheckKind.CRIMINAL_RECORD));
        assertEquals(LookupState.PENDING, LookupAnswers.stateOf(checks, ASKED, SOON));
        assertTrue(LookupAnswers.reasonOf(checks, ASKED, SOON).isEmpty());
    }

    @Test
    void everyQuestionAnsweredWithDataIsFound() {
        assertEquals(LookupState.FOUND, LookupAnswers.stateOf(List.of(answered(CheckKind.LEGAL_ENTITY,
                CheckOutcome.FOUND)), ASKED, SOON));
    }

    @Test
    void aCriminalRecordOnFileIsDataNotItsAbsence() {
        List<RegistryCheck> checks = List.of(answered(CheckKind.INDIVIDUAL, CheckOutcome.FOUND),
                answered(CheckKind.CRIMINAL_RECORD, CheckOutcome.HIT));
        assertEquals(LookupState.FOUND, LookupAnswers.stateOf(checks, ASKED, SOON));
    }

    @Test
    void anUnknownApplicantMakesTheDataUnobtainableEvenWhileOtherQuestionsWait() {
        List<RegistryCheck> checks = List.of(answered(CheckKind.INDIVIDUAL, CheckOutcome.NOT_FOUND),
                asked(CheckKind.CRIMINAL_RECORD));
        assertEquals(LookupState.NOT_AVAILABLE, LookupAnswers.stateOf(checks, ASKED, SOON));
        assertTrue(LookupAnswers.reasonOf(checks, ASKED, SOON).orElseThrow().startsWith("INDIVIDUAL NOT_FOUND: "));
    }

    @Test
    void aRegistryErrorMakesTheDataUnobtainable() {
        assertEquals(LookupState.NOT_AVAILABLE, LookupAnswers.stateOf(List.of(answered(CheckKind.LEGAL_ENTITY,
                CheckOutcome.ERROR)), ASKED, SOON));
    }

    @Test
    void noAnswerWithinThePatienceMakesTheDataUnobtainable() {
        List<RegistryCheck> checks = List.of(asked(CheckKind.LEGAL_ENTITY));
        assertEquals(LookupState.PENDING, LookupAnswers.stateOf(checks, ASKED, ASKED.plus(LookupAnswers.PATIENCE)));
        Instant late = ASKED.plus(LookupAnswers.PATIENCE).plusSeconds(1);
        assertEquals(LookupState.NOT_AVAILABLE, LookupAnswers.stateOf(checks, ASKED, late));
        assertEquals("No answer from the registries within 5 minutes",
                LookupAnswers.reasonOf(checks, ASKED, late).orElseThrow());
    }

    @Test
    void aLateAnswerStillCounts() {
        Instant late = ASKED.plus(LookupAnswers.PATIENCE).plusSeconds(60);
        assertEquals(LookupState.FOUND, LookupAnswers.stateOf(List.of(answered(CheckKind.LEGAL_ENTITY,
                CheckOutcome.FOUND)), ASKED, late));
    }

    private static RegistryCheck asked(CheckKind kind) {
        return RegistryCheck.forLookup(1L, kind + "-request", kind, "150440001011", "counter lookup", ASKED);
    }

    private static RegistryCheck answered(CheckKind kind, CheckOutcome outcome) {
        RegistryCheck check = asked(kind);
        check.answer(outcome, kind + " says " + outcome, "{}", SOON);
        return check;
    }
}
