/**
 * GOST signatures with BouncyCastle 1.86, including the NCA RK ({@code 1.2.398.…}) algorithms: findings, and the
 * operators that make BouncyCastle sign and verify them.
 *
 * <h2>What BouncyCastle knows</h2>
 * <ul>
 *     <li>Curves ({@code ECGOST3410NamedCurves}): GostR3410-2001-CryptoPro-A, -B, -C, -XchA, -XchB
 *     ({@code 1.2.643.2.2.35.x / 36.x}) and Tc26-Gost-3410-12-256-paramSetA … D, Tc26-Gost-3410-12-512-paramSetA … C
 *     ({@code 1.2.643.7.1.2.1.x.y}).</li>
 *     <li>Signatures: {@code ECGOST3410} / {@code GOST3411WITHECGOST3410} ({@code 1.2.643.2.2.3}),
 *     {@code ECGOST3410-2012-256} / {@code GOST3411-2012-256WITHECGOST3410-2012-256} ({@code 1.2.643.7.1.1.3.2}),
 *     the same for 512 ({@code 1.2.643.7.1.1.3.3}), and {@code NONEWITH…} variants over a precomputed digest.
 *     All sign and verify on every curve above, in certificates ({@code JcaContentSignerBuilder}) and CMS
 *     ({@code JcaSignerInfoGeneratorBuilder}, {@code JcaSimpleSignerInfoVerifierBuilder}), through
 *     {@code BouncyCastle.PROVIDER} ({@code BouncyCastleGostTest}).</li>
 *     <li>Nothing under {@code 1.2.398}: no curve, no key, no digest, no signature OID of NCA RK
 *     ({@code BouncyCastleGostTest.hasNoAlgorithmUnderAnyKazakhOid}).</li>
 * </ul>
 *
 * <h2>What NCA RK uses, established against real NCA RK signatures</h2>
 * {@code NcaSamplesTest} verifies a CMS signature made by KalkanCrypt with an NCA RK test GOST 34.10-2015 512-bit
 * key, and a certificate signed by the NCA RK test CA "ҰКО 3.0 (GOST TEST)" with GOST 34.310-2004 (public test
 * data of NCANode, see {@code NcaSamples}). Trying every combination of curve, digest and byte order, exactly one
 * verifies each, which fixes:
 * <table>
 *     <caption>NCA RK algorithms on BouncyCastle</caption>
 *     <tr><th></th><th>GOST 34.310-2004</th><th>GOST 34.10-2015, 512 bit</th><th>GOST 34.10-2015, 256 bit</th></tr>
 *     <tr><td>signature OID</td><td>1.2.398.3.10.1.1.1.2</td><td>1.2.398.3.10.1.1.2.3.2</td><td>1.2.398.3.10.1.1.2.3.1</td></tr>
 *     <tr><td>key OID</td><td>1.2.398.3.10.1.1.1.1</td><td>1.2.398.3.10.1.1.2.2</td><td>1.2.398.3.10.1.1.2.1</td></tr>
 *     <tr><td>key parameters</td><td>1.2.398.3.10.1.1.1.1.1, 1.2.398.3.10.1.3.1.1.0</td>
 *         <td>1.2.398.3.10.1.1.2.2.1, 1.2.398.3.10.1.3.3</td><td>1.2.398.3.10.1.1.2.1.1, (1.2.398.3.10.1.3.2?)</td></tr>
 *     <tr><td>curve = BouncyCastle</td><td>GostR3410-2001-CryptoPro-A</td><td>Tc26-Gost-3410-12-512-paramSetA</td>
 *         <td>Tc26-Gost-3410-12-256-paramSetA, <b>assumed</b></td></tr>
 *     <tr><td>digest OID</td><td>1.2.398.3.10.1.3.1</td><td>1.2.398.3.10.1.3.3</td><td>1.2.398.3.10.1.3.2</td></tr>
 *     <tr><td>digest = BouncyCastle</td><td>GOST R 34.11-94 with the S-box "D-Test"
 *         (id-GostR3411-94-TestParamSet), {@code new GOST3411Digest(GOST28147Engine.getSBox("D-Test"))}</td>
 *         <td>Streebog-512, {@code GOST3411-2012-512}</td><td>Streebog-256, <b>assumed</b></td></tr>
 *     <tr><td>evidence</td><td>NCA RK sample</td><td>NCA RK sample</td><td>none: no NCA RK sample</td></tr>
 * </table>
 * <ul>
 *     <li>The curve constants are BouncyCastle's: the NCA RK keys are valid points of CryptoPro A / TC26 512 A
 *     and the signatures verify on them. Nothing has to be defined by hand.</li>
 *     <li>GOST 34.311-95 is GOST R 34.11-94 with the <em>test</em> S-box. BouncyCastle's JCA {@code GOST3411}
 *     (and so {@code GOST3411WITHECGOST3410}) uses the CryptoPro S-box "D-A", with which the NCA RK signature does
 *     not verify ({@code gost34311IsGostR341194WithTheTestSBoxNotTheCryptoProOne}). There is no JCA name for it.</li>
 *     <li>The signature value is r then s, each little-endian, the byte-reversal of BouncyCastle's s then r,
 *     each big-endian; the digest is read as a little-endian integer in both
 *     ({@code kalkanWritesTheSignatureValueByteReversedAgainstBouncyCastle}).</li>
 *     <li>The public key is encoded as in BouncyCastle ({@code OCTET STRING} of x and y, little-endian); only the
 *     OIDs of the {@code SubjectPublicKeyInfo} differ.</li>
 *     <li>In a CMS SignerInfo KalkanCrypt writes the signature OID, with NULL parameters, as
 *     {@code signatureAlgorithm}; BouncyCastle writes the key OID there for the Russian algorithms (RFC 4490).</li>
 * </ul>
 *
 * <h2>What BouncyCastle alone does with NCA RK signatures (exact messages, {@code NcaSamplesTest})</h2>
 * <ul>
 *     <li>{@code SignerInformation.verify(JcaSimpleSignerInfoVerifierBuilder…)}: {@code IllegalArgumentException:
 *     Unknown signature type requested: 1.2.398.3.10.1.3.3with1.2.398.3.10.1.1.2.3.2}.</li>
 *     <li>{@code JcaX509CertificateConverter} parses an NCA RK GOST certificate, but its {@code getPublicKey()} is
 *     {@code null}, silently.</li>
 *     <li>{@code KeyFactory "ECGOST3410-2012"}: {@code InvalidKeySpecException: encoded key spec not recognized:
 *     algorithm identifier 1.2.398.3.10.1.1.2.2 in key not recognised}.</li>
 *     <li>{@code Signature.getInstance("1.2.398.3.10.1.1.2.3.2", PROVIDER)}: {@code NoSuchAlgorithmException: no
 *     such algorithm: 1.2.398.3.10.1.1.2.3.2 for provider BC}; likewise the other signature and digest OIDs.</li>
 *     <li>{@code JcaContentVerifierProviderBuilder.build(spki)}: {@code OperatorCreationException: cannot create key
 *     factory: no such algorithm: 1.2.398.3.10.1.1.1.1 for provider BC}.</li>
 *     <li>PKIX ({@code CertPathBuilder "PKIX"} of BouncyCastle) through NCA RK GOST certificates:
 *     {@code CertPathBuilderException: Certification path could not be validated}, caused by
 *     {@code CertPathValidatorException: Subject public key cannot be decoded.} after a {@code NullPointerException}
 *     on the null public key.</li>
 * </ul>
 *
 * <h2>What this package provides</h2>
 * <ul>
 *     <li>{@link kz.gov.elicense.signature.gost.GostAlgorithms} / {@link kz.gov.elicense.signature.gost.GostAlgorithm}:
 *     the OIDs, JCA names and evidence, for an accepted-algorithms policy.</li>
 *     <li>{@link kz.gov.elicense.signature.gost.GostKeys}: NCA RK key to BouncyCastle key (OID translation) and back.</li>
 *     <li>{@link kz.gov.elicense.signature.gost.GostOperators}: bcpkix {@code ContentSigner},
 *     {@code ContentVerifierProvider}, {@code DigestCalculatorProvider}, {@code SignerInformationVerifier} and
 *     {@code SignerInfoGenerator} that handle the NCA RK OIDs and delegate everything else to the
 *     {@code Jca…Builder}s with {@code BouncyCastle.PROVIDER}. Nothing is registered in {@code java.security.Security}.</li>
 * </ul>
 *
 * <h2>Where they are used</h2>
 * <ul>
 *     <li>{@code CmsSignatureVerifier} verifies the SignerInfo of a signer (and a time-stamp authority) with a GOST key
 *     through {@link kz.gov.elicense.signature.gost.GostOperators#signerInformationVerifier}, from the certificate's
 *     {@code SubjectPublicKeyInfo}; the standard algorithm policy accepts the algorithms of
 *     {@link kz.gov.elicense.signature.gost.GostAlgorithms#verifiedAlgorithms()}, each with its own digest, under
 *     the signature OID and the key OID, and judges GOST keys with
 *     {@link kz.gov.elicense.signature.gost.GostAlgorithms#keyProblem}.</li>
 *     <li>{@code CertificatePaths} builds and validates paths that involve GOST certificates itself (PKIX rules,
 *     signatures through {@link kz.gov.elicense.signature.gost.GostOperators#contentVerifierProvider}); RSA and EC
 *     paths stay with BouncyCastle's PKIX builder.</li>
 *     <li>{@code TrustAnchors} recognises a self-signed GOST root; {@code OnlineRevocationSource} and
 *     {@code StoredRevocationSource} verify OCSP responses and CRLs signed with GOST keys.</li>
 *     <li>{@code CmsSigner} signs with a GOST key in the algorithm of its certificate's key (NCA RK or Russian OIDs),
 *     with the same signed attributes and time-stamp as for RSA and EC.</li>
 * </ul>
 *
 * <h2>Not established</h2>
 * <ul>
 *     <li>GOST 34.10-2015 256 bit: no NCA RK signature was available (NCA RK's own issuance test names 512 bits for
 *     GOST 2015); the mapping follows the 512-bit one and third-party code, and is excluded from
 *     {@code GostAlgorithms.verifiedSignatureOids()}.</li>
 *     <li>Other NCA RK parameter sets (third parties mention a 384-bit GOST 34.310 curve): unknown constants;
 *     such keys are refused with "Unknown NCA RK GOST parameter set …".</li>
 *     <li>Private keys from NCA RK PKCS#12 files ({@code GOSTKNCA_….p12}, PKCS#8 with NCA RK OIDs) were not tried:
 *     signing here uses BouncyCastle-generated keys.</li>
 *     <li>The 2015-512 end-entity certificate's own signature (by "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022")
 *     was not checked: that CA certificate was not available. Its algorithm is the one the CMS signature proves.</li>
 * </ul>
 *
 * <h2>Known issue, for the README</h2>
 * BouncyCastle 1.86 knows no NCA RK ({@code 1.2.398.…}) GOST OID, so out of the box it cannot read NCA RK GOST keys
 * ({@code X509Certificate.getPublicKey()} is null) nor verify NCA RK GOST signatures ("Unknown signature type
 * requested: 1.2.398.3.10.1.3.3with1.2.398.3.10.1.1.2.3.2"), and its PKIX path validation fails on NCA RK GOST
 * certificates. The algorithms themselves are in BouncyCastle: GOST 34.310-2004 is GOST R 34.10-2001 on the
 * CryptoPro A curve with GOST R 34.11-94 using the test S-box (not the CryptoPro one), GOST 34.10-2015 512-bit is
 * GOST R 34.10-2012 on TC26 512 A with Streebog-512, and KalkanCrypt writes the signature value byte-reversed;
 * both were verified against real NCA RK test signatures. Package {@code kz.gov.elicense.signature.gost} bridges
 * this with bcpkix operators ({@code GostOperators}), which the CMS verifier, the certificate path check and the
 * signer use for GOST ({@code GostCmsTest}; KalkanCrypt's own signature passes the cryptographic checks and fails
 * only for want of its CA, {@code KalkanCmsVerifierTest}); trust anchors and OCSP/CRL revocation work with GOST
 * keys too ({@code GostRevocationTest}). GOST 34.10-2015 256-bit (curve assumed TC26 256 A) is unverified for lack of an NCA RK sample,
 * and loading NCA RK GOST private keys from PKCS#12 was not tried.
 */
package kz.gov.elicense.signature.gost;
