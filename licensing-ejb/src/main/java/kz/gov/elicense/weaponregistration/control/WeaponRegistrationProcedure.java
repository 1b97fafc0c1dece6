package kz.gov.elicense.weaponregistration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.weaponregistration.boundary.WeaponForm;
import kz.gov.elicense.weaponregistration.boundary.WeaponRegistrationForm;

/** The first registration of a unit of a civil or service weapon, as regulation §4.2 declares it. */
@ApplicationScoped
public class WeaponRegistrationProcedure extends WeaponProcedure {

    public static final ProcedureType TYPE = ProcedureType.of("WEAPON_REGISTRATION");

    @Inject
    WeaponUnits units;

    @Override
    public ProcedureType type() {
        return TYPE;
    }

    @Override
    public String title() {
        return "Жеке және заңды тұлғалардың азаматтық, қызметтік қаруының әрбір бірлігін тіркеу"
                + " / Регистрация каждой единицы гражданского, служебного оружия физических и юридических лиц";
    }

    @Override
    public String numberPrefix() {
        return "WPR";
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return WeaponRegistrationForm.class;
    }

    /** The form's rules, then the register: a weapon someone already holds is re-registered, not registered. */
    @Override
    public void admit(ProcedureForm form) {
        WeaponRegistrationForm registration = (WeaponRegistrationForm) form;
        registration.checkRules(thisYear());
        WeaponAdmission.admitRegistration(registration, units.find(registration.make(), registration.serialNumber()));
    }

    @Override
    boolean acquisitionDocumentNeeded(WeaponForm form) {
        return true;
    }
}
