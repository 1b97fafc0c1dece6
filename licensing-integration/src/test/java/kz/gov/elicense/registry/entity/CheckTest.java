package kz.gov.elicense.registry.entity;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckTest {

    @Test
    void readsOnlyExactWireValues() {
        assertEquals(Optional.of(Check.SPECIAL_ACCOUNTS), Check.fromWire("SPECIAL_ACCOUNTS"));
        assertEquals(Optional.empty(), Check.fromWire("special_accounts"));
        assertEquals(Optional.empty(), Check.fromWire(null));
    }

    @Test
    void everyCheckCanAnswerWithAnError() {
        for (Check check : Check.values()) {
            assertEquals(3, check.outcomes().size(), check.name());
            assertEquals(true, check.outcomes().contains(Outcome.ERROR), check.name());
        }
        assertEquals(Set.of(Outcome.PAID, Outcome.UNPAID, Outcome.ERROR), Check.FEE_PAYMENT.outcomes());
    }
}
