package kz.gov.elicense.ncalayer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NcaLayerProtocolTest {

    private static DemoKey key;

    @BeforeAll
    static void aKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Demo applicant, SERIALNUMBER=IIN800101300125, OU=BIN150440001011");
        Instant now = Instant.now();
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name,
                pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        key = new DemoKey("150440001011", pair.getPrivate(), certificate, List.of());
    }

    private static NcaLayerProtocol protocol(boolean declining) {
        return new NcaLayerProtocol(key, new CadesSigner(Clock.systemUTC()), declining);
    }

    private static String request(String storage, String keyType, String data, boolean attached) {
        return Json.createObjectBuilder().add("module", NcaLayerProtocol.MODULE).add("method", "createCAdESFromBase64")
                .add("args", Json.createArrayBuilder().add(storage).add(keyType).add(data).add(attached))
                .build().toString();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void signsTheExactBytesDetachedWithTheKeysCertificateAndSigningCertificateV2() throws Exception {
        byte[] form = "{\"procedure\":\"SECURITY_ACTIVITY_ISSUE\",\"ä\":1}".getBytes(StandardCharsets.UTF_8);
        JsonObject answer = json(protocol(false).answer(request("PKCS12", "SIGNATURE",
                Base64.getEncoder().encodeToString(form), false)));
        assertEquals("200", answer.getString("code"), answer.toString());

        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(form),
                Base64.getDecoder().decode(answer.getString("responseObject")));
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(key.certificate())));
        assertNotNull(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
        assertEquals(1, cms.getCertificates().getMatches(null).size());
        assertNull(new CMSSignedData(Base64.getDecoder().decode(answer.getString("responseObject")))
                .getSignedContent(), "detached: no content inside");
    }

    @Test
    void attachedWhenAskedCarriesTheContent() throws Exception {
        byte[] data = "hello".getBytes(StandardCharsets.US_ASCII);
        JsonObject answer = json(protocol(false).answer(request("PKCS12", "SIGNATURE",
                Base64.getEncoder().encodeToString(data), true)));
        CMSSignedData cms = new CMSSignedData(Base64.getDecoder().decode(answer.getString("responseObject")));
        assertArrayEquals(data, (byte[]) cms.getSignedContent().getContent());
    }

    @Test
    void aDecliningApplicantIsActionCanceled() {
        JsonObject answer = json(protocol(true).answer(request("PKCS12", "SIGNATURE", "aGVsbG8=", false)));
        assertEquals("500", answer.getString("code"));
        assertEquals("action.canceled", answer.getString("message"));
    }

    @Test
    void badRequestsAreAnsweredInNcaLayersErrorShape() {
        NcaLayerProtocol protocol = protocol(false);
        for (String bad : List.of("not json", "[]",
                "{\"module\":\"kz.gov.pki.other\",\"method\":\"createCAdESFromBase64\",\"args\":[]}",
                "{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"signXml\",\"args\":[]}",
                "{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"createCAdESFromBase64\",\"args\":[\"PKCS12\"]}",
                request("AKKaztokenStore", "SIGNATURE", "aGVsbG8=", false),
                request("PKCS12", "AUTHENTICATION", "aGVsbG8=", false),
                request("PKCS12", "SIGNATURE", "not base64!", false),
                request("PKCS12", "SIGNATURE", "", false))) {
            JsonObject answer = json(protocol.answer(bad));
            assertEquals("500", answer.getString("code"), bad);
            assertTrue(answer.getString("message").length() > 5, bad);
            assertNull(answer.get("responseObject"), bad);
        }
    }

    @Test
    void getActiveTokensListsNoHardwareAndTheGreetingCarriesTheVersion() {
        JsonObject tokens = json(protocol(false).answer(
                "{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"getActiveTokens\"}"));
        assertEquals("200", tokens.getString("code"));
        assertTrue(tokens.getJsonArray("responseObject").isEmpty());
        assertEquals(NcaLayerProtocol.VERSION, json(NcaLayerProtocol.greeting()).getJsonObject("result").getString("version"));
    }
}
