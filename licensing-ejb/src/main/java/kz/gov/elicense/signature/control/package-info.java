/**
 * CMS (PKCS#7) signing and verification with BouncyCastle.
 * <p>
 * All cryptography goes through the single provider instance in {@link kz.gov.elicense.signature.control.BouncyCastle},
 * which is never registered in {@link java.security.Security}: the code runs inside an EAR on WildFly, and
 * a globally registered provider would pin the deployment's class loader after an undeploy.
 */
package kz.gov.elicense.signature.control;
