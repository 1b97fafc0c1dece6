package kz.gov.elicense.screens.control;

import kz.gov.elicense.screens.control.StepOutcome.Argument;
import kz.gov.elicense.screens.control.StepOutcome.Known;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepOutcomeTest {

    private static Argument text(String value) {
        return new Argument(value, null);
    }

    private static Known only(String outcome) {
        List<Known> parts = StepOutcome.recognise(outcome).orElseThrow(() -> new AssertionError(outcome));
        assertEquals(1, parts.size(), outcome);
        return parts.get(0);
    }

    @Test
    void theEnginesOutcomesAreKeysWithTheirVaryingParts() {
        assertEquals(new Known("step.outcome.incoming", List.of(text("12"), text("ҚР ІІМ кіріс № 12"))),
                only("Incoming No. 12; ҚР ІІМ кіріс № 12"));
        assertEquals(new Known("step.outcome.executorInstructed", List.of(text("executor2"), text("до пятницы"))),
                only("Executor: executor2; instruction: до пятницы"));
        assertEquals(new Known("step.outcome.executor", List.of(text("executor2"))), only("Executor: executor2"));
        assertEquals(new Known("step.outcome.complete", List.of()), only("Complete"));
        assertEquals(new Known("step.outcome.incomplete", List.of(text("no charter"))), only("Incomplete: no charter"));
        assertEquals(new Known("step.outcome.answersClear", List.of(text("3"))), only("3 answers, none adverse"));
        assertEquals(new Known("step.outcome.answersAdverse", List.of(text("3"), text("1"), text("CRIMINAL_RECORD 900101300007 HIT"))),
                only("3 answers, 1 adverse: CRIMINAL_RECORD 900101300007 HIT"));
        assertEquals(new Known("step.outcome.proposed", List.of(new Argument("MOTIVATED_REFUSAL", "result"))),
                only("Proposed: MOTIVATED_REFUSAL"));
        assertEquals(new Known("step.outcome.licenceWithAnnexes", List.of(text("26000001"), text("2"))),
                only("Licence 26000001 signed with 2 annex(es)"));
        assertEquals(new Known("step.outcome.licenceReissued",
                        List.of(text("26000001"), new Argument("NAME_CHANGE", "reason"))),
                only("Licence 26000001 reissued: change of the legal entity's name"));
        assertEquals(new Known("step.outcome.duplicate", List.of(text("26000001"), text("(lost)"))),
                only("Duplicate of licence 26000001 signed (lost)"));
        assertEquals(new Known("step.outcome.permit", List.of(text("P-1"), new Argument("STORE_AND_CARRY", "choice.permitKind"))),
                only("Permit P-1 (STORE_AND_CARRY) and its cover letter signed; entered in the weapon register"));
        assertEquals(new Known("step.outcome.permitReplacing",
                        List.of(text("P-2"), new Argument("STORE", "choice.permitKind"), text("P-1"))),
                only("Permit P-2 (STORE) and its cover letter signed, replacing P-1; entered in the weapon register"));
        assertEquals(new Known("step.outcome.outgoing", List.of(text("7"), new Argument("IN_PERSON", "dispatch"))),
                only("Outgoing No. 7, in person"));
    }

    @Test
    void aLicenceForSeveralActivitiesIsToldPartByPart() {
        assertEquals(List.of(new Known("step.outcome.licence", List.of(text("26000001"))),
                        new Known("step.outcome.licence", List.of(text("26000002")))),
                StepOutcome.recognise("Licence 26000001 signed; Licence 26000002 signed").orElseThrow());
    }

    @Test
    void anyOtherTextIsLeftAsWritten() {
        assertTrue(StepOutcome.recognise("Принято; проверить устав").isEmpty());
        assertTrue(StepOutcome.recognise("Licence 26000001 signed; and then some").isEmpty(), "one part unknown");
        assertTrue(StepOutcome.recognise(null).isEmpty());
        assertTrue(StepOutcome.recognise(" ").isEmpty());
    }
}
