/**
 * The result documents a provider issues: the state licence and the motivated refusal (annex 3 of order
 * No. 41 of the Ministry of Justice) as A4 PDFs, Kazakh section first, then Russian, set in embedded Liberation
 * Serif, and the licence's QR code, which a phone opens as a link and an offline verifier checks with the
 * provider's public key.
 * <p>
 * {@code entity} holds the values ({@code LicenceDocument}, {@code RefusalDocument}, {@code LicenceSeal}),
 * {@code control} the rendering and sealing.
 *
 * <h2>Rendering again</h2>
 * The PDFs depend only on their input: the metadata dates are the document's own date at 00:00 UTC+5, the file
 * /ID is a digest of the text instead of PDFBox's clock-based one, and the font subset tag is derived from the
 * glyphs used. Keep the QR text
 * with the licence: an ECDSA seal differs every time it is made, so a re-render must reuse the stored text.
 *
 * <h2>The QR code</h2>
 * Error correction level M. Its text, ASCII only:
 * <pre>
 * &lt;verificationBase&gt;/&lt;licenceNumber&gt;#&lt;payload&gt;.&lt;signature&gt;
 *
 * payload   = base64url, no padding, of the ASCII canonical text
 *             KZL1|&lt;licenceNumber&gt;|&lt;holderId&gt;|&lt;activityCode&gt;|&lt;yyyy-MM-dd&gt;
 * signature = base64url, no padding, of the provider's signature over exactly the payload bytes:
 *             RSA key: SHA256withRSA, PKCS#1 v1.5 (342 characters for RSA-2048)
 *             EC key:  ECDSA, SHA-256 for P-256 (SHA-384 / SHA-512 for larger curves), as the fixed-length
 *                      concatenation r‖s (IEEE P1363; 86 characters for P-256), not DER
 * </pre>
 * Example with a P-256 key (209 characters, QR version 10, 57 modules; with RSA-2048 it is 465 characters,
 * version 17, 85 modules, 0.47 mm each at the printed 40 mm):
 * <pre>
 * https://elicense.example.kz/api/v1/licences/KZ26SEC0000001#S1pMMXxLWjI2U0VDMDAwMDAwMXwxNTA0NDAwMDEwMTF8U0VDfDIwMjYtMDUtMTQ
 *   .k-W3rJm7fz2CRPz1heuqccv6QEBEYGl1xjlhyRPxn1Pm82j4BCdIN5aWZd1Z4P205GW92DHVF-_iIYlNtbqMlw
 * </pre>
 * (one line in the code; broken here to fit).
 * <p>
 * A verifier: splits at the first '#'; splits the fragment at '.' into exactly two parts; decodes both strictly
 * (unpadded base64url, canonical encoding); verifies the signature with the provider's public key, taking the
 * algorithm from the key type (the code names none, so none can be substituted); parses the payload, which
 * must have five '|'-separated fields, start with {@code KZL1} and be exactly the canonical text of its fields;
 * and checks that the part before '#' is exactly {@code <verificationBase>/<licenceNumber>} of the provider it
 * trusts. A phone just opens the link: browsers do not send the fragment to the server.
 * <p>
 * Field alphabets: licence number {@code [A-Z0-9][A-Z0-9-]{0,39}}, holder id twelve digits (BIN or IIN),
 * activity code {@code [A-Z0-9_]{1,16}}, date ISO with a four-digit year. A new layout would take a new
 * marker ({@code KZL2}) instead of changing this one.
 */
package kz.gov.elicense.document;
