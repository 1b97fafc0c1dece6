package kz.gov.elicense.registry.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryRequestTest {

    @Test
    void survivesAJsonRoundTripWithProcedure() throws Exception {
        RegistryRequest request = new RegistryRequest(Check.FEE_PAYMENT, "150440001011", "SECURITY_ACTIVITY_ISSUE");

        assertEquals(request, RegistryRequest.fromJson(request.toJson()));
    }

    @Test
    void survivesAJsonRoundTripWithoutProcedure() throws Exception {
        RegistryRequest request = new RegistryRequest(Check.LEGAL_ENTITY, "150440001011");

        assertFalse(request.toJson().contains("procedure"), "an absent procedure is left out of the body");
        assertEquals(request, RegistryRequest.fromJson(request.toJson()));
    }

    @Test
    void readsTheContractBodyAsTheDomainSendsIt() throws Exception {
        RegistryRequest request = RegistryRequest.fromJson(
                "{\"check\":\"FEE_PAYMENT\",\"subject\":\"170640003039\",\"procedure\":\"SECURITY_ACTIVITY_ISSUE\"}");

        assertEquals(Check.FEE_PAYMENT, request.check());
        assertEquals("170640003039", request.subject());
        assertEquals("SECURITY_ACTIVITY_ISSUE", request.procedure());
    }

    @Test
    void ignoresUnknownMembersAndANullProcedure() throws Exception {
        RegistryRequest request = RegistryRequest.fromJson(
                "{\"check\":\"INDIVIDUAL\",\"subject\":\"800101300125\",\"procedure\":null,\"sentBy\":\"executor\"}");

        assertNull(request.procedure());
        assertTrue(request.procedureIfGiven().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "[1,2]", "\"LEGAL_ENTITY\"", "{\"check\":"})
    void rejectsABodyThatIsNotAJsonObject(String body) {
        MalformedRequestException e = assertThrows(MalformedRequestException.class, () -> RegistryRequest.fromJson(body));

        assertEquals("", e.check());
        assertEquals("", e.subject());
    }

    @Test
    void rejectsAMissingBody() {
        assertThrows(MalformedRequestException.class, () -> RegistryRequest.fromJson(null));
    }

    @Test
    void rejectsAnUnknownCheckButKeepsWhatItCouldRead() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> RegistryRequest.fromJson("{\"check\":\"TAX_DEBT\",\"subject\":\"150440001011\"}"));

        assertEquals("TAX_DEBT", e.check());
        assertEquals("150440001011", e.subject());
        assertTrue(e.getMessage().contains("TAX_DEBT"));
    }

    @Test
    void rejectsACheckInTheWrongCase() {
        assertThrows(MalformedRequestException.class,
                () -> RegistryRequest.fromJson("{\"check\":\"legal_entity\",\"subject\":\"150440001011\"}"));
    }

    @Test
    void rejectsAMissingCheck() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> RegistryRequest.fromJson("{\"subject\":\"150440001011\"}"));

        assertEquals("150440001011", e.subject());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"check\":\"INDIVIDUAL\"}",
            "{\"check\":\"INDIVIDUAL\",\"subject\":\"80010130012\"}",
            "{\"check\":\"INDIVIDUAL\",\"subject\":\"8001013001255\"}",
            "{\"check\":\"INDIVIDUAL\",\"subject\":\"80010130012A\"}",
            "{\"check\":\"INDIVIDUAL\",\"subject\":800101300125}"})
    void rejectsASubjectThatIsNotTwelveDigits(String body) {
        MalformedRequestException e = assertThrows(MalformedRequestException.class, () -> RegistryRequest.fromJson(body));

        assertEquals("INDIVIDUAL", e.check());
    }

    @Test
    void rejectsAProcedureThatIsNotAString() {
        assertThrows(MalformedRequestException.class, () -> RegistryRequest.fromJson(
                "{\"check\":\"FEE_PAYMENT\",\"subject\":\"150440001011\",\"procedure\":7}"));
    }

    @Test
    void cannotBeBuiltWithAnInvalidSubject() {
        assertThrows(IllegalArgumentException.class, () -> new RegistryRequest(Check.INDIVIDUAL, "12345"));
    }
}
