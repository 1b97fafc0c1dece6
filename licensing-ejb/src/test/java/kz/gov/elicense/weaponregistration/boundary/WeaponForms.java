package kz.gov.elicense.weaponregistration.boundary;

import kz.gov.elicense.application.boundary.FormDocument;

import java.util.List;

/** Forms for the tests, valid unless a test changes them. */
public final class WeaponForms {

    /** Ахметов Нурлан, a demo individual; 150440001011 a demo legal entity. */
    public static final String INDIVIDUAL = "800101300125";
    public static final String LEGAL_ENTITY = "150440001011";

    private WeaponForms() {
    }

    public static WeaponRegistrationForm registration(String applicant, String permitKind) {
        return registration(applicant, permitKind, "SMOOTHBORE_HUNTING", 2019);
    }

    public static WeaponRegistrationForm registration(String applicant, String permitKind, String type, int year) {
        return new WeaponRegistrationForm("WEAPON_REGISTRATION", applicant(applicant), permitKind,
                new WeaponIdentity(type, "ИЖ", "27М", "12", "1234567", year), documents());
    }

    public static WeaponReregistrationForm reregistration(String applicant, String ground) {
        return new WeaponReregistrationForm("WEAPON_REREGISTRATION", applicant(applicant), "STORE",
                new WeaponReference("иж ", "12 34567"), ground, documents());
    }

    private static WeaponApplicant applicant(String id) {
        return new WeaponApplicant(id, "Applicant " + id, "Астана, Мәңгілік Ел, 8", null);
    }

    private static List<FormDocument> documents() {
        return List.of(new FormDocument("FEE_RECEIPT", "fee.pdf", "0".repeat(64), null));
    }
}
