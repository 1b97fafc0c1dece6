import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.SecureRandom;

/**
 * Prints the bcrypt hash of a password in the modular-crypt form ("$2a$10$...") that the account table keeps and the
 * LicensingRealm reads (config/wildfly/licensing.cli). It uses Elytron's own classes, so what it writes is what the
 * server verifies. Run it with the server's Elytron modules on the class path (Java 17's single-file launch):
 * <pre>
 *   M=$JBOSS_HOME/modules/system/layers/base
 *   java -cp "$M/org/wildfly/security/elytron-base/main/*:$M/org/wildfly/common/main/*:$M/org/jboss/logging/main/*" \
 *       config/accounts/HashPassword.java 'the password'
 * </pre>
 */
public class HashPassword {

    private static final int COST = 10;

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: HashPassword PASSWORD");
            System.exit(2);
        }
        PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                WildFlyElytronPasswordProvider.getInstance());
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        new SecureRandom().nextBytes(salt);
        BCryptPassword hash = (BCryptPassword) factory.generatePassword(
                new EncryptablePasswordSpec(args[0].toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
        System.out.println(ModularCrypt.encodeAsString(hash));
    }
}
