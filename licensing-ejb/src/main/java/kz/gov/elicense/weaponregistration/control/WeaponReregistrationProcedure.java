package kz.gov.elicense.weaponregistration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.weaponregistration.boundary.WeaponForm;
import kz.gov.elicense.weaponregistration.boundary.WeaponReregistrationForm;
import kz.gov.elicense.weaponregistration.entity.ReregistrationGround;

/**
 * The re-registration of a unit already in the weapon register, to its new holder or renewed by its holder, as
 * regulation §4.2 declares it: the same steps as the registration; the new permit supersedes the one in force.
 */
@ApplicationScoped
public class WeaponReregistrationProcedure extends WeaponProcedure {

    public static final ProcedureType TYPE = ProcedureType.of("WEAPON_REREGISTRATION");

    @Inject
    WeaponUnits units;

    @Override
    public ProcedureType type() {
        return TYPE;
    }

    @Override
    public String title() {
        return "Жеке және заңды тұлғалардың азаматтық, қызметтік қаруының әрбір бірлігін қайта тіркеу"
                + " / Перерегистрация каждой единицы гражданского, служебного оружия физических и юридических лиц";
    }

    @Override
    public String numberPrefix() {
        return "WRR";
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return WeaponReregistrationForm.class;
    }

    /** The form's rules, then the register: the unit must be in it, and the ground must fit its holder. */
    @Override
    public void admit(ProcedureForm form) {
        WeaponReregistrationForm reregistration = (WeaponReregistrationForm) form;
        reregistration.checkPermitRules();
        WeaponAdmission.admitReregistration(reregistration,
                units.find(reregistration.make(), reregistration.serialNumber()));
    }

    /** A new holder proves how they came by the weapon; a holder renewing their own permit has done so already. */
    @Override
    boolean acquisitionDocumentNeeded(WeaponForm form) {
        return ((WeaponReregistrationForm) form).reregistrationGround() == ReregistrationGround.NEW_HOLDER;
    }
}
