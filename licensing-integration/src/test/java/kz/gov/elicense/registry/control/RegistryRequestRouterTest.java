package kz.gov.elicense.registry.control;

import kz.gov.elicense.registry.entity.Check;
import kz.gov.elicense.registry.entity.Outcome;
import kz.gov.elicense.registry.entity.RegistryReply;
import kz.gov.elicense.registry.entity.RegistryRequest;
import kz.gov.elicense.registry.entity.ScheduledReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static kz.gov.elicense.registry.entity.Outcome.CLEAR;
import static kz.gov.elicense.registry.entity.Outcome.FOUND;
import static kz.gov.elicense.registry.entity.Outcome.HIT;
import static kz.gov.elicense.registry.entity.Outcome.NOT_FOUND;
import static kz.gov.elicense.registry.entity.Outcome.PAID;
import static kz.gov.elicense.registry.entity.Outcome.UNPAID;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryRequestRouterTest {

    private static final String PROCEDURE = "SECURITY_ACTIVITY_ISSUE";

    private final RegistryRequestRouter router = SeededRegistries.router();

    @AfterEach
    void forgetConfiguredDelay() {
        System.clearProperty(SimulatedSpecialAccounts.DELAY_PROPERTY);
    }

    /**
     * What every check answers for each seeded applicant and its head: the table of the brief.
     * Columns: BIN, head IIN, then LEGAL_ENTITY, INDIVIDUAL (head), CRIMINAL_RECORD (head),
     * ADMINISTRATIVE_LIABILITY (BIN and head), FEE_PAYMENT, SPECIAL_ACCOUNTS, DISMISSED_PERSONS (head).
     */
    static Stream<Arguments> seededApplicants() {
        return Stream.of(
                Arguments.of("Қалқан Күзет, all clean", "150440001011", "800101300125",
                        FOUND, FOUND, CLEAR, CLEAR, CLEAR, PAID, CLEAR, CLEAR),
                Arguments.of("Барыс Секьюрити, head convicted", "160540002025", "750502401237",
                        FOUND, FOUND, HIT, CLEAR, CLEAR, PAID, CLEAR, CLEAR),
                Arguments.of("Сақшы, fee unpaid", "170640003039", "691115302343",
                        FOUND, FOUND, CLEAR, CLEAR, CLEAR, UNPAID, CLEAR, CLEAR),
                Arguments.of("unregistered BIN", "180740004042", "880624407890",
                        NOT_FOUND, NOT_FOUND, CLEAR, CLEAR, CLEAR, UNPAID, CLEAR, CLEAR),
                Arguments.of("Қорған Плюс, head dismissed", "190840005056", "850721403453",
                        FOUND, FOUND, CLEAR, CLEAR, CLEAR, PAID, CLEAR, HIT),
                Arguments.of("Астана Күзет Сервис, late special accounts", "200940006062", "900303304563",
                        FOUND, FOUND, CLEAR, CLEAR, CLEAR, PAID, CLEAR, CLEAR),
                Arguments.of("Жеті Жарғы, administrative liability", "211040007072", "781211405672",
                        FOUND, FOUND, CLEAR, HIT, HIT, PAID, CLEAR, CLEAR),
                Arguments.of("Алатау Қорғау, all clean", "221140008086", "820409406783",
                        FOUND, FOUND, CLEAR, CLEAR, CLEAR, PAID, CLEAR, CLEAR),
                Arguments.of("Шекара, all clean", "140340009091", "820409406783",
                        FOUND, FOUND, CLEAR, CLEAR, CLEAR, PAID, CLEAR, CLEAR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seededApplicants")
    void answersEveryCheckForASeededApplicantAsSeeded(String applicant, String bin, String headIin,
                                                       Outcome legalEntity, Outcome individual, Outcome criminalRecord,
                                                       Outcome administrativeOfBin, Outcome administrativeOfHead,
                                                       Outcome feePayment, Outcome specialAccounts,
                                                       Outcome dismissedPersons) {
        assertAll(
                () -> assertEquals(legalEntity, outcome(Check.LEGAL_ENTITY, bin), "LEGAL_ENTITY"),
                () -> assertEquals(individual, outcome(Check.INDIVIDUAL, headIin), "INDIVIDUAL"),
                () -> assertEquals(criminalRecord, outcome(Check.CRIMINAL_RECORD, headIin), "CRIMINAL_RECORD"),
                () -> assertEquals(administrativeOfBin, outcome(Check.ADMINISTRATIVE_LIABILITY, bin), "ADMINISTRATIVE_LIABILITY of BIN"),
                () -> assertEquals(administrativeOfHead, outcome(Check.ADMINISTRATIVE_LIABILITY, headIin), "ADMINISTRATIVE_LIABILITY of head"),
                () -> assertEquals(feePayment, router.answer(new RegistryRequest(Check.FEE_PAYMENT, bin, PROCEDURE)).reply().outcome(), "FEE_PAYMENT"),
                () -> assertEquals(specialAccounts, outcome(Check.SPECIAL_ACCOUNTS, bin), "SPECIAL_ACCOUNTS"),
                () -> assertEquals(dismissedPersons, outcome(Check.DISMISSED_PERSONS, headIin), "DISMISSED_PERSONS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"710919308901", "931208409017"})
    void knowsTheOfficersAndFindsNothingAgainstThem(String iin) {
        assertEquals(FOUND, outcome(Check.INDIVIDUAL, iin));
        assertEquals(CLEAR, outcome(Check.CRIMINAL_RECORD, iin));
        assertEquals(CLEAR, outcome(Check.ADMINISTRATIVE_LIABILITY, iin));
        assertEquals(CLEAR, outcome(Check.DISMISSED_PERSONS, iin));
    }

    @Test
    void answersTheDefaultOutcomeForAnUnseededSubject() {
        String stranger = "990101300012";
        assertAll(
                () -> assertEquals(NOT_FOUND, outcome(Check.LEGAL_ENTITY, stranger)),
                () -> assertEquals(NOT_FOUND, outcome(Check.INDIVIDUAL, stranger)),
                () -> assertEquals(CLEAR, outcome(Check.CRIMINAL_RECORD, stranger)),
                () -> assertEquals(CLEAR, outcome(Check.ADMINISTRATIVE_LIABILITY, stranger)),
                () -> assertEquals(UNPAID, outcome(Check.FEE_PAYMENT, stranger)),
                () -> assertEquals(CLEAR, outcome(Check.SPECIAL_ACCOUNTS, stranger)),
                () -> assertEquals(CLEAR, outcome(Check.DISMISSED_PERSONS, stranger)));
    }

    @Test
    void legalEntityFoundCarriesTheRegistryFactsInContractOrder() {
        RegistryReply reply = reply(Check.LEGAL_ENTITY, "150440001011");

        assertEquals(List.of("name", "registrationDate", "legalAddress", "headIin", "headName", "status"),
                List.copyOf(reply.data().keySet()));
        assertEquals("ТОО «Қалқан Күзет»", reply.data().get("name"));
        assertEquals("2015-04-14", reply.data().get("registrationDate"));
        assertTrue(reply.data().get("legalAddress").contains("Астана"));
        assertEquals("800101300125", reply.data().get("headIin"));
        assertEquals("Ахметов Нурлан Серикович", reply.data().get("headName"));
        assertEquals("ACTIVE", reply.data().get("status"));
        assertTrue(reply.summary().contains("ТОО «Қалқан Күзет»"));
    }

    @Test
    void legalEntityNotFoundSaysSoAndCarriesNoData() {
        RegistryReply reply = reply(Check.LEGAL_ENTITY, "180740004042");

        assertTrue(reply.data().isEmpty());
        assertTrue(reply.summary().contains("180740004042"));
    }

    @Test
    void individualFoundCarriesNameAndBirthDate() {
        RegistryReply reply = reply(Check.INDIVIDUAL, "710919308901");

        assertEquals(Map.of("fullName", "Сейткали Бауыржан Асқарұлы", "birthDate", "1971-09-19"), reply.data());
    }

    @Test
    void criminalRecordHitNamesTheUnexpungedConvictionAndItsArticle() {
        RegistryReply reply = reply(Check.CRIMINAL_RECORD, "750502401237");

        assertEquals("UNEXPUNGED_CONVICTION", reply.data().get("kind"));
        assertTrue(reply.summary().contains("unexpunged conviction under Article 188"), reply.summary());
        assertTrue(reply.data().containsKey("recordedOn"));
        assertTrue(reply.data().containsKey("authority"));
    }

    @Test
    void criminalRecordHitForPendingProceedingsSaysTheyArePending() {
        SimulatedSpecialAccounts accounts = new SimulatedSpecialAccounts(
                SimulatorSeed.parse("inline", """
                        {"entries":[{"iin":"880624407890","kind":"PENDING_PROCEEDINGS",
                          "article":"Article 190 part 1 of the Criminal Code of the Republic of Kazakhstan (fraud)",
                          "recordedOn":"2026-09-01","authority":"the Investigation Department of the Police of Astana"}]}
                        """),
                SimulatorSeed.parse("inline", "{\"entries\":[]}"),
                SimulatorSeed.parse("inline", "{\"entries\":[]}"));
        RegistryRequestRouter withPendingCase = new RegistryRequestRouter(null, null, accounts, null, null);

        RegistryReply reply = withPendingCase.answer(new RegistryRequest(Check.CRIMINAL_RECORD, "880624407890")).reply();

        assertEquals(HIT, reply.outcome());
        assertEquals("PENDING_PROCEEDINGS", reply.data().get("kind"));
        assertTrue(reply.summary().startsWith("Criminal proceedings under Article 190"), reply.summary());
        assertTrue(reply.summary().contains("pending"));
    }

    @Test
    void administrativeLiabilityHitCarriesArticleAndPenalty() {
        RegistryReply reply = reply(Check.ADMINISTRATIVE_LIABILITY, "211040007072");

        assertTrue(reply.data().get("article").contains("Article 464"));
        assertEquals("2026-05-14", reply.data().get("decidedOn"));
        assertTrue(reply.data().containsKey("authority"));
        assertTrue(reply.data().containsKey("penalty"));
    }

    @Test
    void feePaidCarriesAmountDateAndReceipt() {
        RegistryReply reply = router.answer(new RegistryRequest(Check.FEE_PAYMENT, "150440001011", PROCEDURE)).reply();

        assertEquals(PAID, reply.outcome());
        assertEquals("43250", reply.data().get("amount"));
        assertEquals("KZT", reply.data().get("currency"));
        assertEquals("2026-11-02T10:15:42+05:00", reply.data().get("paidAt"));
        assertEquals("PGW-20261102-0001845", reply.data().get("receiptNo"));
        assertEquals(PROCEDURE, reply.data().get("procedure"));
    }

    @Test
    void feePaidForAnyProcedureWhenTheRequestNamesNone() {
        assertEquals(PAID, outcome(Check.FEE_PAYMENT, "150440001011"));
    }

    @Test
    void feeUnpaidWhenPaidForAnotherProcedure() {
        RegistryReply reply = router.answer(
                new RegistryRequest(Check.FEE_PAYMENT, "150440001011", "SECURITY_ACTIVITY_RENEWAL")).reply();

        assertEquals(UNPAID, reply.outcome());
        assertTrue(reply.summary().contains("SECURITY_ACTIVITY_RENEWAL"));
    }

    @Test
    void dismissedPersonHitCarriesOrganisationDateAndReason() {
        RegistryReply reply = reply(Check.DISMISSED_PERSONS, "850721403453");

        assertEquals("ТОО «Берік Қорған Секьюрити»", reply.data().get("organisation"));
        assertEquals("2024-02-29", reply.data().get("dismissalDate"));
        assertTrue(reply.data().get("reason").contains("Labour Code"));
    }

    @Test
    void specialAccountsAnswerIsDelayedOnlyForTheSeededLateOrganisation() {
        ScheduledReply late = router.answer(new RegistryRequest(Check.SPECIAL_ACCOUNTS, "200940006062"));
        ScheduledReply byReturn = router.answer(new RegistryRequest(Check.SPECIAL_ACCOUNTS, "150440001011"));

        assertEquals(CLEAR, late.reply().outcome());
        assertEquals(Duration.ofSeconds(SimulatedSpecialAccounts.DEFAULT_DELAY_SECONDS), late.deliveryDelay());
        assertEquals(Duration.ZERO, byReturn.deliveryDelay());
    }

    @Test
    void specialAccountsDelayFollowsTheSystemProperty() {
        System.setProperty(SimulatedSpecialAccounts.DELAY_PROPERTY, "3");

        assertEquals(Duration.ofSeconds(3),
                router.answer(new RegistryRequest(Check.SPECIAL_ACCOUNTS, "200940006062")).deliveryDelay());
    }

    @Test
    void specialAccountsHitQuotesTheCommitteesFinding() {
        SimulatedSpecialAccounts accounts = new SimulatedSpecialAccounts(
                SimulatorSeed.parse("inline", "{\"entries\":[]}"),
                SimulatorSeed.parse("inline", "{\"entries\":[]}"),
                SimulatorSeed.parse("inline", """
                        {"entries":[{"bin":"221140008086","registeredOn":"2026-10-01",
                          "finding":"the organisation is a party to criminal case No. 267500031000417."}]}
                        """));
        RegistryRequestRouter withFinding = new RegistryRequestRouter(null, null, accounts, null, null);

        ScheduledReply answer = withFinding.answer(new RegistryRequest(Check.SPECIAL_ACCOUNTS, "221140008086"));

        assertEquals(HIT, answer.reply().outcome());
        assertEquals(Duration.ZERO, answer.deliveryDelay());
        assertEquals("2026-10-01", answer.reply().data().get("registeredOn"));
        assertTrue(answer.reply().summary().endsWith("267500031000417."), answer.reply().summary());
    }

    @ParameterizedTest
    @MethodSource("everyCheckOnEverySeededSubject")
    void everyReplyIsOneSentenceThatEchoesTheRequestAndSurvivesTheWire(Check check, String subject) {
        RegistryReply reply = reply(check, subject);

        assertEquals(check.name(), reply.check());
        assertEquals(subject, reply.subject());
        assertTrue(check.outcomes().contains(reply.outcome()));
        assertTrue(reply.summary().endsWith("."), reply.summary());
        assertFalse(reply.summary().contains(".."), reply.summary());
        assertFalse(reply.summary().contains("\n"), reply.summary());
        assertEquals(reply, RegistryReply.fromJson(reply.toJson()));
    }

    static Stream<Arguments> everyCheckOnEverySeededSubject() {
        List<String> subjects = List.of("150440001011", "160540002025", "170640003039", "180740004042",
                "190840005056", "200940006062", "211040007072", "221140008086", "140340009091",
                "800101300125", "750502401237", "691115302343", "880624407890", "850721403453", "900303304563",
                "781211405672", "820409406783", "710919308901", "931208409017");
        return Stream.of(Check.values()).flatMap(check -> subjects.stream().map(s -> Arguments.of(check, s)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json at all", "[]", "{\"check\":\"INDIVIDUAL\",\"subject\":\"123\"}", "{}"})
    void answersAMalformedBodyWithAnErrorInsteadOfThrowing(String body) {
        ScheduledReply answer = router.answer(body);

        assertEquals(Outcome.ERROR, answer.reply().outcome());
        assertEquals(Duration.ZERO, answer.deliveryDelay());
        assertTrue(answer.reply().summary().startsWith("The registry request could not be processed"));
    }

    @Test
    void answersAMessageWithoutTextWithAnError() {
        assertEquals(Outcome.ERROR, router.answer((String) null).reply().outcome());
    }

    @Test
    void answersAnUnknownCheckWithAnErrorEchoingIt() {
        RegistryReply reply = router.answer("{\"check\":\"TAX_DEBT\",\"subject\":\"150440001011\"}").reply();

        assertEquals(Outcome.ERROR, reply.outcome());
        assertEquals("TAX_DEBT", reply.check());
        assertEquals("150440001011", reply.subject());
        assertTrue(reply.summary().contains("TAX_DEBT"));
    }

    @Test
    void answersAWellFormedBodyLikeTheParsedRequest() {
        RegistryReply reply = router.answer(
                "{\"check\":\"FEE_PAYMENT\",\"subject\":\"170640003039\",\"procedure\":\"SECURITY_ACTIVITY_ISSUE\"}").reply();

        assertEquals(UNPAID, reply.outcome());
    }

    private Outcome outcome(Check check, String subject) {
        return reply(check, subject).outcome();
    }

    private RegistryReply reply(Check check, String subject) {
        return router.answer(new RegistryRequest(check, subject)).reply();
    }
}
