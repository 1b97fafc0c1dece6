package kz.gov.elicense.registry.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatedSpecialAccountsTest {

    private final SimulatedSpecialAccounts accounts = SeededRegistries.specialAccounts();

    @AfterEach
    void forgetConfiguredDelay() {
        System.clearProperty(SimulatedSpecialAccounts.DELAY_PROPERTY);
    }

    @Test
    void lateAnswerTakesTwentySecondsByDefault() {
        assertEquals(Duration.ofSeconds(20), accounts.answerFormalRequest("200940006062").answeredAfter());
    }

    @Test
    void lateAnswerDelayIsReadOnEveryRequest() {
        System.setProperty(SimulatedSpecialAccounts.DELAY_PROPERTY, "5");
        assertEquals(Duration.ofSeconds(5), accounts.answerFormalRequest("200940006062").answeredAfter());

        System.setProperty(SimulatedSpecialAccounts.DELAY_PROPERTY, "0");
        assertEquals(Duration.ZERO, accounts.answerFormalRequest("200940006062").answeredAfter());
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-1", "1.5", " "})
    void unusableDelayFallsBackToTheDefault(String configured) {
        System.setProperty(SimulatedSpecialAccounts.DELAY_PROPERTY, configured);

        assertEquals(Duration.ofSeconds(20), accounts.lateAnswerDelay());
    }

    @Test
    void otherOrganisationsAreAnsweredByReturnWithNothingOnRecord() {
        var answer = accounts.answerFormalRequest("150440001011");

        assertEquals(Duration.ZERO, answer.answeredAfter());
        assertTrue(answer.findingIfAny().isEmpty());
    }
}
