package kz.gov.elicense.signature.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the NCA RK (Kazakhstan) certificate profile says the holder of a key is and may do: a private individual,
 * or an employee of an organisation with a role there. The OIDs are those of the NCA RK rules
 * (order of the Minister of Digital Development, adilet V2000021440); NCA RK puts them into the certificate's
 * extendedKeyUsage extension, and some profiles into certificatePolicies, so {@link SignerIdentity} reads both.
 */
public enum KeyUser {

    /** A private individual (физическое лицо). */
    INDIVIDUAL("1.2.398.3.3.4.1.1"),
    /** Any person acting for a legal entity (юридическое лицо). */
    ORGANIZATION("1.2.398.3.3.4.1.2"),
    /** The head of the legal entity (первый руководитель), who signs for it by law. */
    CEO("1.2.398.3.3.4.1.2.1"),
    /** A person granted the right to sign for the legal entity (лицо, наделенное правом подписи). */
    CAN_SIGN("1.2.398.3.3.4.1.2.2"),
    /** A person granted the right to sign the entity's financial documents only. */
    CAN_SIGN_FINANCIAL("1.2.398.3.3.4.1.2.3"),
    /** An HR officer, who may confirm employees' certificate requests but not sign for the entity. */
    HR("1.2.398.3.3.4.1.2.4"),
    /** An employee without a right to sign for the entity. */
    EMPLOYEE("1.2.398.3.3.4.1.2.5");

    private final String oid;

    KeyUser(String oid) {
        this.oid = oid;
    }

    public String oid() {
        return oid;
    }

    /** Exact match only: a longer OID under one of ours (e.g. an information system's) is another kind of holder. */
    public static Optional<KeyUser> ofOid(String oid) {
        return Arrays.stream(values()).filter(u -> u.oid.equals(oid)).findFirst();
    }
}
