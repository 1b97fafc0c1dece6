package kz.gov.elicense.weaponregistration.entity;

/** Why a registered unit is registered again. */
public enum ReregistrationGround {
    /** The unit passed to another holder (sale, gift, inheritance): the applicant is the new holder. */
    NEW_HOLDER,
    /** The holder renews the permit of a unit they keep. */
    RENEWAL
}
