package kz.gov.elicense.activitylicence.control;

import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryCheck;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicantFindingsTest {

    private static final String BIN = "150440001011";
    private static final Instant ASKED = Instant.parse("2026-11-20T05:00:00Z");

    private static RegistryCheck legalEntity(CheckOutcome outcome, String data) {
        RegistryCheck check = new RegistryCheck(7L, "req-1", CheckKind.LEGAL_ENTITY, BIN,
                "state registration of the applicant", ASKED);
        check.answer(outcome, "answer", data, ASKED.plusSeconds(5));
        return check;
    }

    private static String entity(String name, String status) {
        return "{\"name\":\"" + name.replace("\"", "\\\"") + "\",\"status\":\"" + status + "\"}";
    }

    @Test
    void anActiveLegalEntityWithoutANewNameHasNothingAgainstIt() {
        assertEquals(List.of(), ApplicantFindings.of(List.of(legalEntity(CheckOutcome.FOUND,
                entity("ТОО «Қалқан Күзет»", "ACTIVE"))), null));
    }

    @Test
    void aLiquidatedLegalEntityCannotHaveALicence() {
        List<String> findings = ApplicantFindings.of(List.of(legalEntity(CheckOutcome.FOUND,
                entity("ТОО «Сақшы»", "LIQUIDATED"))), null);
        assertEquals(List.of("state registration of the applicant: the legal entities database has BIN " + BIN
                + " as LIQUIDATED"), findings);
    }

    @Test
    void aNewNameTheDatabaseDoesNotHaveStandsInTheWayOfTheReissue() {
        List<String> findings = ApplicantFindings.of(List.of(legalEntity(CheckOutcome.FOUND,
                entity("ТОО «Қалқан Күзет»", "ACTIVE"))), "ТОО «Мерген Арсенал»");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).contains("has «ТОО «Қалқан Күзет»» for BIN " + BIN), findings.get(0));
    }

    @Test
    void theNewNameIsComparedWithoutRegardToCaseSpacingOrQuotes() {
        assertEquals(List.of(), ApplicantFindings.of(List.of(legalEntity(CheckOutcome.FOUND,
                entity("ТОО «Қалқан Күзет»", "ACTIVE"))), "  тоо  \"Қалқан Күзет\" "));
    }

    @Test
    void anAnswerWithoutDataOrNotFoundAddsNothingHere() {
        // NOT_FOUND is already adverse by itself; the default findings carry it
        assertEquals(List.of(), ApplicantFindings.of(List.of(legalEntity(CheckOutcome.NOT_FOUND, null),
                legalEntity(CheckOutcome.FOUND, "not json")), "ТОО «Новое»"));
    }
}
