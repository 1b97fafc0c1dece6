package kz.gov.elicense.activitylicence.entity;

import kz.gov.elicense.register.entity.AnnexGrant;

/**
 * A sub-type of a licensed activity (development, production, sale…): what one annex to the licence grants.
 * Implemented by each activity's enum; {@link #name()} is the stable code the forms and the register use.
 */
public interface ActivitySubtype {

    String name();

    /** The sub-type's name in Kazakh, as printed on the annex. */
    String nameKk();

    /** The sub-type's name in Russian, as printed on the annex. */
    String nameRu();

    default AnnexGrant grant() {
        return new AnnexGrant(name(), nameKk(), nameRu());
    }
}
