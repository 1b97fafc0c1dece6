package kz.gov.elicense.checks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CheckOutcomeTest {

    @ParameterizedTest
    @EnumSource(CheckKind.class)
    void foundClearAndPaidAreNeverAdverse(CheckKind kind) {
        assertFalse(CheckOutcome.FOUND.isAdverseFor(kind));
        assertFalse(CheckOutcome.CLEAR.isAdverseFor(kind));
        assertFalse(CheckOutcome.PAID.isAdverseFor(kind));
    }

    @ParameterizedTest
    @EnumSource(CheckKind.class)
    void hitUnpaidAndErrorAreAlwaysAdverse(CheckKind kind) {
        assertTrue(CheckOutcome.HIT.isAdverseFor(kind));
        assertTrue(CheckOutcome.UNPAID.isAdverseFor(kind));
        assertTrue(CheckOutcome.ERROR.isAdverseFor(kind), "an unanswerable check cannot clear the applicant");
    }

    @Test
    void notFoundIsAdverseOnlyWhereTheApplicantMustExist() {
        Set<CheckKind> adverse = EnumSet.noneOf(CheckKind.class);
        for (CheckKind kind : CheckKind.values()) {
            if (CheckOutcome.NOT_FOUND.isAdverseFor(kind)) {
                adverse.add(kind);
            }
        }
        assertEquals(EnumSet.of(CheckKind.LEGAL_ENTITY, CheckKind.INDIVIDUAL), adverse);
    }

    @Test
    void notFoundInARegisterOfWrongdoingIsNotAdverse() {
        assertFalse(CheckOutcome.NOT_FOUND.isAdverseFor(CheckKind.CRIMINAL_RECORD));
        assertFalse(CheckOutcome.NOT_FOUND.isAdverseFor(CheckKind.ADMINISTRATIVE_LIABILITY));
        assertFalse(CheckOutcome.NOT_FOUND.isAdverseFor(CheckKind.SPECIAL_ACCOUNTS));
        assertFalse(CheckOutcome.NOT_FOUND.isAdverseFor(CheckKind.DISMISSED_PERSONS));
    }
}
