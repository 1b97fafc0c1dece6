package kz.gov.elicense.weaponregistration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.weaponregistration.entity.WeaponPermit;
import kz.gov.elicense.weaponregistration.entity.WeaponUnit;

import java.util.List;
import java.util.Optional;

/** The weapon register's units and permits as stored; runs in the caller's transaction. */
@Dependent
public class WeaponUnits {

    @PersistenceContext
    EntityManager em;

    public Optional<WeaponUnit> find(String make, String serialNumber) {
        return byIdentity(make, serialNumber, LockModeType.NONE);
    }

    /** The unit, write-locked until the transaction ends: two re-registrations of one unit queue. */
    public Optional<WeaponUnit> lock(String make, String serialNumber) {
        return byIdentity(make, serialNumber, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<WeaponUnit> find(long id) {
        return Optional.ofNullable(em.find(WeaponUnit.class, id));
    }

    /** The units whose permit in force is held by this IIN or BIN. */
    public List<WeaponUnit> heldBy(String holderId) {
        return em.createNamedQuery(WeaponUnit.BY_HOLDER, WeaponUnit.class)
                .setParameter("holderId", holderId)
                .getResultList();
    }

    public Optional<WeaponPermit> permit(String number) {
        return em.createNamedQuery(WeaponPermit.BY_NUMBER, WeaponPermit.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    public Optional<WeaponPermit> permitOfApplication(String applicationNumber) {
        return em.createNamedQuery(WeaponPermit.BY_APPLICATION, WeaponPermit.class)
                .setParameter("applicationNumber", applicationNumber)
                .getResultStream().findFirst();
    }

    public void add(WeaponUnit unit) {
        em.persist(unit);
    }

    /** Writes pending changes now, so that a breach of the register's uniqueness surfaces here. */
    public void flush() {
        em.flush();
    }

    private Optional<WeaponUnit> byIdentity(String make, String serialNumber, LockModeType lock) {
        return em.createNamedQuery(WeaponUnit.BY_IDENTITY, WeaponUnit.class)
                .setParameter("makeKey", WeaponUnit.makeKey(make))
                .setParameter("serialKey", WeaponUnit.serialKey(serialNumber))
                .setLockMode(lock)
                .getResultStream().findFirst();
    }
}
