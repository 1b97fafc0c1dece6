package kz.gov.elicense.counter.control;

import kz.gov.elicense.application.boundary.CheckRequest;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.securityactivity.control.SecurityActivityIssueProcedure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What a procedure that declares nothing special asks at the counter (§3, step 3), and that no EDS is demanded. */
class CounterLookupQuestionsTest {

    private final SecurityActivityIssueProcedure procedure = new SecurityActivityIssueProcedure();

    @Test
    void aBinIsLookedUpInTheLegalEntitiesDatabase() {
        List<CheckRequest> questions = procedure.counterLookups("150440001011");
        assertEquals(List.of(CheckKind.LEGAL_ENTITY), questions.stream().map(CheckRequest::kind).toList());
        assertEquals("150440001011", questions.get(0).subject());
    }

    @Test
    void anIinIsLookedUpInTheIndividualsDatabase() {
        List<CheckRequest> questions = procedure.counterLookups("800101300125");
        assertEquals(List.of(CheckKind.INDIVIDUAL), questions.stream().map(CheckRequest::kind).toList());
        assertEquals("800101300125", questions.get(0).subject());
    }

    @Test
    void theOfficerCertifiesOnlyWhereTheProcedureSaysSo() {
        assertFalse(procedure.officerCertifiesCounterForm());
    }
}
