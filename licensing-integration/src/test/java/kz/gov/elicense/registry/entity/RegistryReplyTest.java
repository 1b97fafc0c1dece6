package kz.gov.elicense.registry.entity;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryReplyTest {

    @Test
    void survivesAJsonRoundTripKeepingDataOrderAndCyrillic() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("name", "ТОО «Қалқан Күзет»");
        data.put("registrationDate", "2015-04-14");
        data.put("legalAddress", "010000, г. Астана, район Есиль, пр. Мәңгілік Ел, д. 37, н.п. 12");
        RegistryReply reply = RegistryReply.of(Check.LEGAL_ENTITY, "150440001011", Outcome.FOUND,
                "ТОО «Қалқан Күзет» is \"registered\".", data);

        RegistryReply read = RegistryReply.fromJson(reply.toJson());

        assertEquals(reply, read);
        assertEquals(List.of("name", "registrationDate", "legalAddress"), List.copyOf(read.data().keySet()));
    }

    @Test
    void writesTheContractShape() {
        String json = RegistryReply.of(Check.FEE_PAYMENT, "170640003039", Outcome.UNPAID, "Not paid.").toJson();

        assertEquals("{\"check\":\"FEE_PAYMENT\",\"subject\":\"170640003039\",\"outcome\":\"UNPAID\","
                + "\"summary\":\"Not paid.\",\"data\":{}}", json);
    }

    @Test
    void errorReplyEchoesWhatWasReadAndExplainsWhy() {
        RegistryReply reply = RegistryReply.error("TAX_DEBT", "150440001011", "the check 'TAX_DEBT' is not known");

        assertEquals(Outcome.ERROR, reply.outcome());
        assertEquals("TAX_DEBT", reply.check());
        assertTrue(reply.summary().contains("TAX_DEBT"));
        assertTrue(reply.data().isEmpty());
        assertEquals(reply, RegistryReply.fromJson(reply.toJson()));
    }

    @Test
    void errorReplyWithNothingReadableCarriesEmptyStrings() {
        RegistryReply reply = RegistryReply.error(null, null, "the request body is not a JSON object");

        assertTrue(reply.toJson().contains("\"check\":\"\",\"subject\":\"\""));
    }

    @Test
    void refusesAnOutcomeTheCheckCannotHave() {
        assertThrows(IllegalArgumentException.class,
                () -> RegistryReply.of(Check.LEGAL_ENTITY, "150440001011", Outcome.PAID, "Paid."));
    }

    @Test
    void dataCannotBeChangedAfterwards() {
        Map<String, String> data = new LinkedHashMap<>(Map.of("fullName", "Ахметов Нурлан Серикович"));
        RegistryReply reply = RegistryReply.of(Check.INDIVIDUAL, "800101300125", Outcome.FOUND, "Found.", data);
        data.put("fullName", "changed");

        assertEquals("Ахметов Нурлан Серикович", reply.data().get("fullName"));
        assertThrows(UnsupportedOperationException.class, () -> reply.data().put("x", "y"));
    }

    @Test
    void rejectsABodyThatIsNotAReply() {
        assertThrows(IllegalArgumentException.class, () -> RegistryReply.fromJson("{\"check\":\"INDIVIDUAL\"}"));
        assertThrows(IllegalArgumentException.class, () -> RegistryReply.fromJson(
                "{\"check\":\"INDIVIDUAL\",\"subject\":\"800101300125\",\"outcome\":\"MAYBE\",\"summary\":\"?\"}"));
    }
}
