package kz.gov.elicense.demo.boundary;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OCSP GET's path (RFC 6960 appendix A) as the JDK's revocation checker sends it. */
class DemoPkiResourceTest {

    /** Base64 "+/+/" and padding: the characters URL encoding changes. */
    private static final byte[] REQUEST = {(byte) 0xfb, (byte) 0xff, (byte) 0xbf, 0x30, 0x0a};

    @Test
    void aRequestUrlEncodedAsTheJdkSendsItIsDecodedOnce() {
        String base64 = Base64.getEncoder().encodeToString(REQUEST);
        assertTrue(base64.contains("+") && base64.contains("/") && base64.endsWith("="), base64);
        // sun.security.provider.certpath.OCSP: URLEncoder.encode(Base64(request), UTF-8) appended to the responder URL
        String sent = URLEncoder.encode(base64, StandardCharsets.UTF_8);

        assertArrayEquals(REQUEST, DemoPkiResource.ocspGetRequest(sent));
    }

    @Test
    void aRequestWithTheBase64CharactersUnescapedIsReadAsWell() {
        assertArrayEquals(REQUEST, DemoPkiResource.ocspGetRequest(Base64.getEncoder().encodeToString(REQUEST)));
    }

    @Test
    void aPathThatIsNoBase64IsAnEmptyRequest() {
        assertEquals(0, DemoPkiResource.ocspGetRequest("not%20base64!").length);
    }
}
