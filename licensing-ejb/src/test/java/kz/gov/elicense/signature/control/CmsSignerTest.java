package kz.gov.elicense.signature.control;

import static kz.gov.elicense.signature.demo.DemoPkiFixture.file;
import static kz.gov.elicense.signature.demo.DemoPkiFixture.key;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.demo.DemoPki;
import kz.gov.elicense.signature.entity.SignerIdentity;

class CmsSignerTest {

    private static final byte[] LICENCE = "Licence No. KZ-0001".getBytes(StandardCharsets.UTF_8);
    private static final Instant SIGNED_AT = Instant.parse("2026-03-02T10:15:30Z");

    @Test
    void producesDerDetachedSignedDataWithSigningTimeAndTheWholeChain() throws Exception {
        SigningKey key = key("provider/head-signer");

        byte[] der = new CmsSigner(Clock.fixed(SIGNED_AT, ZoneOffset.UTC)).signDetached(LICENCE, key);

        CMSSignedData parsed = new CMSSignedData(der);
        assertNull(parsed.getSignedContent(), "detached: the content is not inside");
        assertArrayEquals(der, parsed.toASN1Structure().getEncoded(ASN1Encoding.DER), "DER, not BER");
        SignerInformation signerInfo = parsed.getSignerInfos().getSigners().iterator().next();
        assertEquals(SIGNED_AT, Time.getInstance(signerInfo.getSignedAttributes().get(CMSAttributes.signingTime)
                .getAttrValues().getObjectAt(0)).getDate().toInstant());
        assertEquals(1 + key.chain().size(), parsed.getCertificates().getMatches(null).size());
    }

    @Test
    void usesSha256WithTheKeysAlgorithm() throws Exception {
        SignerInformation rsa = signerInfo(key("applicants/150440001011"));
        SignerInformation ec = signerInfo(key("applicants/160540002025"));

        assertEquals(NISTObjectIdentifiers.id_sha256.getId(), rsa.getDigestAlgOID());
        // CMS allows either the bare key algorithm or the combined one for RSA
        assertTrue(List.of(PKCSObjectIdentifiers.rsaEncryption.getId(), PKCSObjectIdentifiers.sha256WithRSAEncryption.getId())
                .contains(rsa.getEncryptionAlgOID()), rsa.getEncryptionAlgOID());
        assertEquals(NISTObjectIdentifiers.id_sha256.getId(), ec.getDigestAlgOID());
        assertEquals(X9ObjectIdentifiers.ecdsa_with_SHA256.getId(), ec.getEncryptionAlgOID());
    }

    @Test
    void refusesKeysOtherThanRsaAndEc() throws Exception {
        PrivateKey edwards = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
        SigningKey key = key("applicants/150440001011");

        assertThrows(IllegalArgumentException.class,
                () -> new CmsSigner().signDetached(LICENCE, edwards, key.certificate(), List.of()));
    }

    @Test
    void loadsTheProviderKeyByAliasWithItsChain() throws Exception {
        SigningKey key = SigningKey.fromPkcs12(file("provider/head-signer.p12"), DemoPki.PASSWORD.toCharArray(),
                DemoPki.PROVIDER_SIGNER_ALIAS);

        assertEquals(DemoPki.PROVIDER_HEAD_IIN, SignerIdentity.of(key.certificate()).iin());
        assertEquals(2, key.chain().size(), "issuing and root CA");
        String privateExponent = ((RSAPrivateKey) key.privateKey()).getPrivateExponent().toString(16);
        assertFalse(key.toString().toLowerCase().contains(privateExponent.substring(0, 16)), "no key material in logs");
    }

    @Test
    void loadsTheOnlyKeyWithoutAnAlias() {
        assertEquals("RSA", key("applicants/150440001011").privateKey().getAlgorithm());
    }

    @Test
    void reportsAMissingAliasAndAWrongPassword() {
        assertThrows(GeneralSecurityException.class, () -> SigningKey.fromPkcs12(file("provider/head-signer.p12"),
                DemoPki.PASSWORD.toCharArray(), "nobody"));
        assertThrows(IOException.class, () -> SigningKey.fromPkcs12(file("provider/head-signer.p12"),
                "wrong".toCharArray(), null));
    }

    private static SignerInformation signerInfo(SigningKey key) throws Exception {
        return new CMSSignedData(new CmsSigner().signDetached(LICENCE, key)).getSignerInfos().getSigners().iterator().next();
    }
}
