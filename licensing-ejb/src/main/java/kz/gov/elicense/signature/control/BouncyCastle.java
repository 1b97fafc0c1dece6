package kz.gov.elicense.signature.control;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one BouncyCastle provider of this deployment. It is passed as an object to every JCA factory and is
 * deliberately <em>not</em> added to {@link java.security.Security}: a provider registered from inside an
 * EAR stays in the JVM-wide list after undeploy and keeps the deployment's class loader alive.
 */
public final class BouncyCastle {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
