package kz.gov.elicense.securityactivity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.configuration.ConfigurationDirectories;
import kz.gov.elicense.register.entity.LicenceNumber;
import kz.gov.elicense.signature.entity.SignerIdentity;
import org.junit.jupiter.api.Test;

class ResultTextsTest {

    private static final String NUMBER = "SEC-2026-000017";
    private static final String HOLDER = "ТОО «Қалқан Күзет»";
    private static final String BIN = "150440001011";

    private final ResultTexts texts = new ResultTexts();
    private final SignerIdentity head = new SignerIdentity("700101300111", "980440000123", "Серіков Ерлан",
            "Департамент полиции города Астаны", "1a2b3c", "CN=NCA RK Demo Issuing CA,O=Demo,C=KZ",
            Instant.parse("2026-01-10T08:00:00Z"), Instant.parse("2027-01-10T08:00:00Z"));

    /** Submitted 20:30 UTC on 10 March, which is already 11 March in Kazakhstan (UTC+5). */
    private static Application application() {
        return new Application(NUMBER, ProcedureType.SECURITY_ACTIVITY_ISSUE, Channel.PORTAL, BIN, HOLDER,
                Instant.parse("2026-03-10T20:30:00Z"), Instant.parse("2026-04-01T04:00:00Z"),
                "{}".getBytes(StandardCharsets.UTF_8), new byte[] {1});
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected «" + expected + "» in:\n" + text);
    }

    @Test
    void licenceNamesTheHolderTheLicenceAndWhereAndWhenItWasIssued() {
        LicenceNumber number = LicenceNumber.of("SEC", 2026, 7);

        String licence = texts.licence(application(), number, LocalDate.of(2026, 4, 3), head);

        assertContains(licence, "МЕМЛЕКЕТТІК ЛИЦЕНЗИЯ");
        assertContains(licence, "ГОСУДАРСТВЕННАЯ ЛИЦЕНЗИЯ");
        assertContains(licence, HOLDER);
        assertContains(licence, "БСН " + BIN);
        assertContains(licence, "БИН " + BIN);
        assertContains(licence, "KZ26SEC0000007");
        assertContains(licence, "03.04.2026");
        assertContains(licence, "Қала: " + texts.city());
        assertContains(licence, "Город: " + texts.city());
        assertContains(licence, head.surnameAndInitials());
        assertContains(licence, "охранная деятельность");
        assertContains(licence, "күзет қызметі");
        assertContains(licence, NUMBER);
    }

    @Test
    void licenceNamesTheHeadBySurnameAndInitials() {
        SignerIdentity withPatronymic = new SignerIdentity("700101300111", "980440000123", "Серіков Ерлан",
                "Департамент", "1a2b3c", "CN=CA", Instant.parse("2026-01-10T08:00:00Z"),
                Instant.parse("2027-01-10T08:00:00Z"), "Маратұлы");

        String licence = texts.licence(application(), LicenceNumber.of("SEC", 2026, 7), LocalDate.of(2026, 4, 3),
                withPatronymic);

        // the template: "surname and initials of the head of the licensing body"
        assertContains(licence, "Серіков Е. М.");
    }

    @Test
    void theDefaultCityIsAstana() {
        assumeTrue(ConfigurationDirectories.setting("licensing.provider.city").isEmpty(),
                "the provider city is configured in this environment");
        assertContains(texts.licence(application(), LicenceNumber.of("SEC", 2026, 1), LocalDate.of(2026, 4, 3), head),
                "Город: Астана");
    }

    @Test
    void motivatedRefusalNamesTheApplicationAndTheReason() {
        Application application = application();
        String reason = "Documents not submitted: certificate of the head's special training.";
        application.draftResult(ResultKind.MOTIVATED_REFUSAL, "report", reason);

        String refusal = texts.motivatedRefusal(application, head);

        assertContains(refusal, "ДӘЛЕЛДІ БАС ТАРТУ");
        assertContains(refusal, "МОТИВИРОВАННЫЙ ОТКАЗ");
        assertContains(refusal, "№ " + NUMBER);
        assertContains(refusal, reason);
        assertContains(refusal, HOLDER);
        assertContains(refusal, head.fullName());
        assertContains(refusal, texts.providerName());
    }

    @Test
    void motivatedRefusalDatesTheApplicationOnTheKazakhstanCalendar() {
        Application application = application();
        application.draftResult(ResultKind.MOTIVATED_REFUSAL, "report", "reason");

        String refusal = texts.motivatedRefusal(application, head);

        assertContains(refusal, "от 11.03.2026 года");
        assertContains(refusal, "11.03.2026 жылғы");
        assertFalse(refusal.contains("10.03.2026"), refusal);
    }
}
