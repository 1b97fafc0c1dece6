package kz.gov.elicense.signature.gost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.InvalidKeyException;
import java.security.Signature;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cryptopro.ECGOST3410NamedCurves;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.gov.elicense.signature.control.BouncyCastle;
import kz.gov.elicense.signature.gost.GostAlgorithm.Evidence;

class GostAlgorithmsTest {

    @Test
    void findsTheAlgorithmsByTheirSignatureOids() {
        assertEquals(Optional.of(GostAlgorithm.KZ_GOST_34_310_2004), GostAlgorithms.bySignatureOid("1.2.398.3.10.1.1.1.2"));
        assertEquals(Optional.of(GostAlgorithm.KZ_GOST_34_10_2015_256), GostAlgorithms.bySignatureOid("1.2.398.3.10.1.1.2.3.1"));
        assertEquals(Optional.of(GostAlgorithm.KZ_GOST_34_10_2015_512), GostAlgorithms.bySignatureOid("1.2.398.3.10.1.1.2.3.2"));
        assertEquals(Optional.of(GostAlgorithm.GOST_R_34_10_2001), GostAlgorithms.bySignatureOid("1.2.643.2.2.3"));
        assertEquals(Optional.of(GostAlgorithm.GOST_R_34_10_2012_256), GostAlgorithms.bySignatureOid("1.2.643.7.1.1.3.2"));
        assertEquals(Optional.of(GostAlgorithm.GOST_R_34_10_2012_512), GostAlgorithms.bySignatureOid("1.2.643.7.1.1.3.3"));
        // the key OIDs, which RFC 4490 (and BouncyCastle) put into a SignerInfo's signatureAlgorithm
        assertEquals(Optional.of(GostAlgorithm.GOST_R_34_10_2012_512), GostAlgorithms.bySignatureOid("1.2.643.7.1.1.1.2"));
        assertEquals(Optional.of(GostAlgorithm.KZ_GOST_34_10_2015_512), GostAlgorithms.bySignatureOid("1.2.398.3.10.1.1.2.2"));
        assertEquals(Optional.empty(), GostAlgorithms.bySignatureOid("1.2.840.113549.1.1.11"));
        assertEquals(Optional.empty(), GostAlgorithms.bySignatureOid("not an OID"));
    }

    @Test
    void theVerifiedOidsLeaveOutOnlyTheAssumed2015With256Bits() {
        assertEquals(12, GostAlgorithms.signatureOids().size());
        assertEquals(Set.of("1.2.643.2.2.3", "1.2.643.2.2.19", "1.2.643.7.1.1.3.2", "1.2.643.7.1.1.1.1",
                "1.2.643.7.1.1.3.3", "1.2.643.7.1.1.1.2", "1.2.398.3.10.1.1.1.2", "1.2.398.3.10.1.1.1.1",
                "1.2.398.3.10.1.1.2.3.2", "1.2.398.3.10.1.1.2.2"), ids(GostAlgorithms.verifiedSignatureOids()));
        assertEquals(Set.of("1.2.398.3.10.1.1.2.3.1", "1.2.398.3.10.1.1.2.1"),
                ids(GostAlgorithms.signatureOids(Set.of(Evidence.ASSUMED))));
        assertEquals(Set.of("1.2.643.2.2.9", "1.2.643.7.1.1.2.2", "1.2.643.7.1.1.2.3", "1.2.398.3.10.1.3.1",
                "1.2.398.3.10.1.3.2", "1.2.398.3.10.1.3.3"), ids(GostAlgorithms.digestOids()));
    }

    @ParameterizedTest
    @EnumSource(GostAlgorithm.class)
    void everyJcaNameIsOneOfBouncyCastle(GostAlgorithm algorithm) throws Exception {
        if (algorithm.jcaSignatureAlgorithm().isPresent()) {
            Signature.getInstance(algorithm.jcaSignatureAlgorithm().get(), BouncyCastle.PROVIDER);
        }
        if (algorithm.jcaDigestAlgorithm().isPresent()) {
            java.security.MessageDigest.getInstance(algorithm.jcaDigestAlgorithm().get(), BouncyCastle.PROVIDER);
        }
        java.security.KeyFactory.getInstance(algorithm.jcaKeyAlgorithm(), BouncyCastle.PROVIDER);
        assertEquals(algorithm != GostAlgorithm.KZ_GOST_34_310_2004, algorithm.jcaSignatureAlgorithm().isPresent());
        assertEquals(algorithm.kazakh(), algorithm.signatureOid().getId().startsWith("1.2.398."));
        if (!algorithm.kazakh()) {
            // the Russian OIDs are BouncyCastle's own
            Signature.getInstance(algorithm.signatureOid().getId(), BouncyCastle.PROVIDER);
            assertEquals(Evidence.BOUNCYCASTLE_NATIVE, algorithm.evidence());
        }
    }

    @Test
    void mapsTheNcaParameterSetsOntoBouncyCastleCurvesWithTheSameConstants() {
        List<GostAlgorithms.KazakhParameterSet> sets = GostAlgorithms.kazakhParameterSets();
        assertEquals(List.of("1.2.398.3.10.1.1.1.1.1", "1.2.398.3.10.1.1.2.1.1", "1.2.398.3.10.1.1.2.2.1"),
                sets.stream().map(p -> p.oid().getId()).toList());
        for (GostAlgorithms.KazakhParameterSet set : sets) {
            assertEquals(set.bouncyCastleCurve(), ECGOST3410NamedCurves.getName(set.bouncyCastleOid()));
            assertTrue(set.algorithm().kazakh());
            assertEquals(set.algorithm().evidence(), set.evidence());
        }
        assertEquals("GostR3410-2001-CryptoPro-A",
                GostAlgorithms.kazakhParameterSet(new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.1.1")).orElseThrow().bouncyCastleCurve());
        assertFalse(GostAlgorithms.kazakhParameterSet(new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.1.2")).isPresent());
    }

    @Test
    void anNcaKeyOnAnUnknownParameterSetIsRefusedWithTheReason() {
        SubjectPublicKeyInfo key = new SubjectPublicKeyInfo(new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.1"),
                new DERSequence(new ASN1Encodable[]{new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.1.2"),
                        new ASN1ObjectIdentifier("1.2.398.3.10.1.3.1.1.0")})), new DERBitString(new byte[66]));
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> GostKeys.publicKey(key));
        assertTrue(e.getMessage().startsWith("Unknown NCA RK GOST parameter set 1.2.398.3.10.1.1.1.1.2 of a key 1.2.398.3.10.1.1.1.1"),
                e.getMessage());

        SubjectPublicKeyInfo mismatched = new SubjectPublicKeyInfo(new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.2"),
                new DERSequence(new ASN1Encodable[]{new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.1.1"),
                        new ASN1ObjectIdentifier("1.2.398.3.10.1.3.1.1.0")})), new DERBitString(new byte[66]));
        InvalidKeyException m = assertThrows(InvalidKeyException.class, () -> GostKeys.publicKey(mismatched));
        assertEquals("The NCA RK parameter set 1.2.398.3.10.1.1.1.1.1 belongs to keys 1.2.398.3.10.1.1.1.1, not 1.2.398.3.10.1.1.2.2",
                m.getMessage());
    }

    @Test
    void judgesKeysForAPolicysKeyRule() throws Exception {
        assertEquals(null, GostAlgorithms.keyProblem(NcaSamples.certificate(NcaSamples.GOST_2004_INTERMEDIATE)
                .getSubjectPublicKeyInfo()));
        java.security.KeyPair russian = GostKeys.generate("Tc26-Gost-3410-12-512-paramSetC", new java.security.SecureRandom());
        assertEquals(null, GostAlgorithms.keyProblem(SubjectPublicKeyInfo.getInstance(russian.getPublic().getEncoded())));
        assertEquals(null, GostAlgorithms.keyProblem(GostKeys.kazakhSubjectPublicKeyInfo(
                GostKeys.generate(GostAlgorithm.KZ_GOST_34_10_2015_512, new java.security.SecureRandom()).getPublic())));

        SubjectPublicKeyInfo unknownSet = new SubjectPublicKeyInfo(new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.1"),
                new DERSequence(new ASN1Encodable[]{new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.1.9"),
                        new ASN1ObjectIdentifier("1.2.398.3.10.1.3.1.1.0")})), new DERBitString(new byte[66]));
        assertTrue(GostAlgorithms.keyProblem(unknownSet).startsWith("Unknown NCA RK GOST parameter set 1.2.398.3.10.1.1.1.1.9"));
        java.security.KeyPair rsa = java.security.KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER).generateKeyPair();
        assertEquals("The key 1.2.840.113549.1.1.1 is no GOST key.",
                GostAlgorithms.keyProblem(SubjectPublicKeyInfo.getInstance(rsa.getPublic().getEncoded())));
    }

    @Test
    void tellsGostKeysAndSignaturesByTheirOids() throws Exception {
        SubjectPublicKeyInfo kazakh = NcaSamples.certificate(NcaSamples.GOST_2004_INTERMEDIATE).getSubjectPublicKeyInfo();
        assertTrue(GostAlgorithms.isGostKey(kazakh));
        assertEquals(Optional.of(GostAlgorithm.KZ_GOST_34_310_2004),
                GostAlgorithms.byKeyAlgorithmOid(kazakh.getAlgorithm().getAlgorithm()));
        SubjectPublicKeyInfo russian = SubjectPublicKeyInfo.getInstance(GostKeys.generate(GostAlgorithm.GOST_R_34_10_2012_256,
                new java.security.SecureRandom()).getPublic().getEncoded());
        assertEquals(Optional.of(GostAlgorithm.GOST_R_34_10_2012_256),
                GostAlgorithms.byKeyAlgorithmOid(russian.getAlgorithm().getAlgorithm()));
        java.security.KeyPair rsa = java.security.KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER).generateKeyPair();
        assertFalse(GostAlgorithms.isGostKey(SubjectPublicKeyInfo.getInstance(rsa.getPublic().getEncoded())));
        assertFalse(GostAlgorithms.isGostKey(null));

        assertTrue(GostAlgorithms.isGostSignature(NcaSamples.certificate(NcaSamples.GOST_2004_END_ENTITY).getSignatureAlgorithm()));
        assertTrue(GostAlgorithms.isGostSignature(new AlgorithmIdentifier(GostAlgorithm.GOST_R_34_10_2012_512.keyAlgorithmOid())));
        assertFalse(GostAlgorithms.isGostSignature(new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.840.113549.1.1.11"))));
    }

    @Test
    void theVerifiedAlgorithmsAreThoseOfTheVerifiedOids() {
        assertFalse(GostAlgorithms.verifiedAlgorithms().contains(GostAlgorithm.KZ_GOST_34_10_2015_256));
        assertEquals(GostAlgorithms.verifiedSignatureOids(), GostAlgorithms.verifiedAlgorithms().stream()
                .flatMap(a -> java.util.stream.Stream.of(a.signatureOid(), a.keyAlgorithmOid()))
                .collect(Collectors.toSet()));
    }

    private static Set<String> ids(Set<ASN1ObjectIdentifier> oids) {
        return oids.stream().map(ASN1ObjectIdentifier::getId).collect(Collectors.toSet());
    }
}
