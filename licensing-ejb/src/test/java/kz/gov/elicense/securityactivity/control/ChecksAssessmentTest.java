package kz.gov.elicense.securityactivity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryCheck;
import org.junit.jupiter.api.Test;

class ChecksAssessmentTest {

    private static final Long APPLICATION = 42L;
    private static final String BIN = "150440001011";
    private static final String HEAD_IIN = "800101300125";
    private static final Instant ASKED = Instant.parse("2026-04-07T05:00:00Z");
    private static final Instant ANSWERED = ASKED.plusSeconds(30);

    private int requests;

    private RegistryCheck answered(CheckKind kind, String subject, String purpose, CheckOutcome outcome,
                                   String summary) {
        RegistryCheck check = new RegistryCheck(APPLICATION, "req-" + (++requests), kind, subject, purpose, ASKED);
        assertTrue(check.answer(outcome, summary, "{}", ANSWERED));
        return check;
    }

    private List<RegistryCheck> cleanAnswers() {
        List<RegistryCheck> checks = new ArrayList<>();
        checks.add(answered(CheckKind.LEGAL_ENTITY, BIN, "registration of the organisation", CheckOutcome.FOUND, "ACTIVE"));
        checks.add(answered(CheckKind.INDIVIDUAL, HEAD_IIN, "identity of the head", CheckOutcome.FOUND, null));
        checks.add(answered(CheckKind.CRIMINAL_RECORD, HEAD_IIN, "criminal record of the head", CheckOutcome.CLEAR, ""));
        checks.add(answered(CheckKind.ADMINISTRATIVE_LIABILITY, HEAD_IIN, "administrative liability of the head",
                CheckOutcome.CLEAR, null));
        checks.add(answered(CheckKind.FEE_PAYMENT, BIN, "licence fee", CheckOutcome.PAID, "receipt 123"));
        checks.add(answered(CheckKind.DISMISSED_PERSONS, HEAD_IIN, "dismissed persons: head", CheckOutcome.NOT_FOUND, null));
        return checks;
    }

    @Test
    void cleanAnswersHaveNothingAdverse() {
        ChecksAssessment assessment = ChecksAssessment.of(cleanAnswers());

        assertFalse(assessment.hasAdverse());
        assertEquals("", assessment.adverseSummary());
    }

    @Test
    void anUnpaidFeeIsAdverseAndItsSummaryNamesThePurposeAndTheOutcome() {
        List<RegistryCheck> checks = cleanAnswers();
        checks.set(4, answered(CheckKind.FEE_PAYMENT, BIN, "licence fee", CheckOutcome.UNPAID, "Not paid."));

        ChecksAssessment assessment = ChecksAssessment.of(checks);

        assertTrue(assessment.hasAdverse());
        assertEquals("licence fee: UNPAID — Not paid.", assessment.adverseSummary());
    }

    @Test
    void adverseSummaryJoinsEveryAdverseAnswerAndLeavesOutBlankSummaries() {
        List<RegistryCheck> checks = cleanAnswers();
        checks.set(2, answered(CheckKind.CRIMINAL_RECORD, HEAD_IIN, "criminal record of " + HEAD_IIN,
                CheckOutcome.HIT, "conviction 2019"));
        checks.set(4, answered(CheckKind.FEE_PAYMENT, BIN, "licence fee", CheckOutcome.UNPAID, "  "));

        String summary = ChecksAssessment.of(checks).adverseSummary();

        assertEquals("criminal record of " + HEAD_IIN + ": HIT — conviction 2019; licence fee: UNPAID", summary);
    }

    @Test
    void anUnansweredCheckIsNotAdverse() {
        List<RegistryCheck> checks = cleanAnswers();
        checks.add(new RegistryCheck(APPLICATION, "req-pending", CheckKind.SPECIAL_ACCOUNTS, HEAD_IIN,
                "special accounts request", ASKED));

        assertFalse(ChecksAssessment.of(checks).hasAdverse());
    }

    @Test
    void summaryCountsAllAnswersExceptTheGivenKind() {
        List<RegistryCheck> checks = cleanAnswers();
        assertEquals("5 answers, none adverse", ChecksAssessment.of(checks).summary(CheckKind.DISMISSED_PERSONS));

        checks.set(4, answered(CheckKind.FEE_PAYMENT, BIN, "licence fee", CheckOutcome.UNPAID, "Not paid."));
        checks.set(1, answered(CheckKind.INDIVIDUAL, HEAD_IIN, "identity of the head", CheckOutcome.NOT_FOUND, null));
        checks.add(answered(CheckKind.DISMISSED_PERSONS, "900202400111", "dismissed persons: guard",
                CheckOutcome.HIT, "dismissed 2024"));

        assertEquals("5 answers, 2 adverse: INDIVIDUAL " + HEAD_IIN + " NOT_FOUND, FEE_PAYMENT " + BIN + " UNPAID",
                ChecksAssessment.of(checks).summary(CheckKind.DISMISSED_PERSONS));
    }

    @Test
    void summaryOfCountsOnlyTheAnswersOfOneKind() {
        List<RegistryCheck> checks = cleanAnswers();
        checks.add(answered(CheckKind.DISMISSED_PERSONS, "900202400111", "dismissed persons: guard",
                CheckOutcome.HIT, "dismissed 2024"));
        ChecksAssessment assessment = ChecksAssessment.of(checks);

        assertEquals("2 answers, 1 adverse: DISMISSED_PERSONS 900202400111 HIT",
                assessment.summaryOf(CheckKind.DISMISSED_PERSONS));
        assertEquals("1 answers, none adverse", assessment.summaryOf(CheckKind.LEGAL_ENTITY));
        assertEquals("0 answers, none adverse", assessment.summaryOf(CheckKind.SPECIAL_ACCOUNTS));
    }

    @Test
    void theAssessmentKeepsItsOwnCopyOfTheChecks() {
        List<RegistryCheck> checks = cleanAnswers();
        ChecksAssessment assessment = ChecksAssessment.of(checks);

        checks.add(answered(CheckKind.FEE_PAYMENT, BIN, "licence fee", CheckOutcome.UNPAID, null));

        assertFalse(assessment.hasAdverse());
        assertEquals(6, assessment.checks().size());
    }

    @Test
    void aRedeliveredAnswerChangesNothing() {
        RegistryCheck check = new RegistryCheck(APPLICATION, "req-1", CheckKind.FEE_PAYMENT, BIN, "licence fee", ASKED);
        assertFalse(check.isAnswered());

        assertTrue(check.answer(CheckOutcome.PAID, "receipt 123", "{\"amount\":1000}", ANSWERED));
        assertFalse(check.answer(CheckOutcome.UNPAID, "Not paid.", "{}", ANSWERED.plusSeconds(60)),
                "the second delivery of an answer must be recognised");

        assertTrue(check.isAnswered());
        assertEquals(CheckOutcome.PAID, check.outcome());
        assertEquals("receipt 123", check.summary());
        assertEquals("{\"amount\":1000}", check.data());
        assertEquals(ANSWERED, check.answeredAt());
        assertFalse(check.isAdverse());
        assertFalse(ChecksAssessment.of(List.of(check)).hasAdverse());
    }

    private static RegistryCheck legalEntityWithHead(String headIin) {
        RegistryCheck check = new RegistryCheck(APPLICATION, "req-le-" + headIin, CheckKind.LEGAL_ENTITY, BIN,
                "state registration of the applicant", ASKED);
        assertTrue(check.answer(CheckOutcome.FOUND, "Registered", "{\"name\":\"ТОО\",\"headIin\":\"" + headIin + "\"}",
                ANSWERED));
        return check;
    }

    @Test
    void aHeadOtherThanTheRegisteredOneStandsInTheWayOfALicence() {
        ChecksAssessment assessment = ChecksAssessment.of(List.of(legalEntityWithHead("750502401237")), HEAD_IIN);
        assertTrue(assessment.hasAdverse());
        assertTrue(assessment.adverseSummary().contains("750502401237")
                && assessment.adverseSummary().contains(HEAD_IIN), assessment.adverseSummary());
    }

    @Test
    void theRegisteredHeadDeclaredAsHeadIsNoObstacle() {
        ChecksAssessment assessment = ChecksAssessment.of(List.of(legalEntityWithHead(HEAD_IIN)), HEAD_IIN);
        assertFalse(assessment.hasAdverse());
        assertTrue(assessment.headDiscrepancy().isEmpty());
    }
}
