package kz.gov.elicense.application.boundary;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PortalSubmissionTest {

    private static PortalSubmission submission(String form, String fileName, String content) {
        return new PortalSubmission(bytes(form), bytes("signature"),
                List.of(new PortalSubmission.Attachment("QUALIFICATION_FORM", fileName, "application/pdf", bytes(content))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameRequestHasTheSameHash() {
        assertEquals(submission("{}", "a.pdf", "x").sha256(), submission("{}", "a.pdf", "x").sha256());
    }

    @Test
    void anyPartChangedIsAnotherRequest() {
        String hash = submission("{}", "a.pdf", "x").sha256();
        assertNotEquals(hash, submission("{ }", "a.pdf", "x").sha256());
        assertNotEquals(hash, submission("{}", "b.pdf", "x").sha256());
        assertNotEquals(hash, submission("{}", "a.pdf", "y").sha256());
    }

    @Test
    void partsCannotBeShiftedIntoEachOther() {
        assertNotEquals(submission("{}", "a.pdf", "x").sha256(), submission("{}", "a.pd", "fx").sha256());
    }
}
