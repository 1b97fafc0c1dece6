package kz.gov.elicense.weaponregistration.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of a civil or service weapon in the register, known by its make and serial number, with every permit it
 * was ever registered under: the first registration's, then one per re-registration, each superseding the one
 * before. At most one permit is in force at a time.
 */
@Entity
@Table(name = "weapon_unit")
@NamedQueries({
        @NamedQuery(name = WeaponUnit.BY_IDENTITY,
                query = "select u from WeaponUnit u where u.makeKey = :makeKey and u.serialKey = :serialKey"),
        @NamedQuery(name = WeaponUnit.BY_HOLDER,
                query = "select distinct u from WeaponUnit u join u.permits p where p.holderId = :holderId"
                        + " and p.status = kz.gov.elicense.weaponregistration.entity.PermitStatus.ACTIVE order by u.id")
})
public class WeaponUnit {

    public static final String BY_IDENTITY = "WeaponUnit.byIdentity";
    public static final String BY_HOLDER = "WeaponUnit.byHolder";

    @Id
    @SequenceGenerator(name = "weapon_unit_seq", sequenceName = "weapon_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "weapon_unit_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "weapon_type", nullable = false, length = 32)
    private WeaponType type;

    @Column(nullable = false, length = 100)
    private String make;

    @Column(nullable = false, length = 100)
    private String model;

    @Column(nullable = false, length = 50)
    private String calibre;

    @Column(name = "serial_number", nullable = false, length = 60)
    private String serialNumber;

    @Column(name = "year_of_manufacture", nullable = false)
    private int yearOfManufacture;

    /** The make as compared: case and spacing do not make another weapon. */
    @Column(name = "make_key", nullable = false, length = 100)
    private String makeKey;

    @Column(name = "serial_key", nullable = false, length = 60)
    private String serialKey;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<WeaponPermit> permits = new ArrayList<>();

    protected WeaponUnit() {
        // for JPA
    }

    public WeaponUnit(WeaponType type, String make, String model, String calibre, String serialNumber,
                      int yearOfManufacture, Instant registeredAt) {
        this.type = Objects.requireNonNull(type, "type");
        this.make = make.strip();
        this.model = model.strip();
        this.calibre = calibre.strip();
        this.serialNumber = serialNumber.strip();
        this.yearOfManufacture = yearOfManufacture;
        this.makeKey = makeKey(make);
        this.serialKey = serialKey(serialNumber);
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** "Izh " and "IZH" are one make. */
    public static String makeKey(String make) {
        return make.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** "ab 12-34" and "AB12-34" are one serial number: stamped serials carry no meaningful spaces. */
    public static String serialKey(String serialNumber) {
        return serialNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Enters a permit for this unit. A unit with a permit in force can only be re-registered ({@code supersede}):
     * that permit is superseded by the new one on its issue date.
     *
     * @throws IllegalStateException when a permit is in force and is not to be superseded, or none is and one should
     */
    public WeaponPermit enterPermit(WeaponPermit.Issue issue, boolean supersede) {
        Optional<WeaponPermit> inForce = activePermit();
        if (inForce.isPresent() && !supersede) {
            throw new IllegalStateException("Weapon " + make + " No. " + serialNumber + " is already registered under permit "
                    + inForce.get().number());
        }
        if (inForce.isEmpty() && supersede) {
            throw new IllegalStateException("Weapon " + make + " No. " + serialNumber + " has no permit in force to re-register");
        }
        WeaponPermit permit = new WeaponPermit(this, issue);
        inForce.ifPresent(previous -> previous.supersede(permit.number(), issue.issueDate()));
        permits.add(permit);
        return permit;
    }

    public Optional<WeaponPermit> activePermit() {
        return permits.stream().filter(p -> p.status() == PermitStatus.ACTIVE).findFirst();
    }

    public List<WeaponPermit> permits() {
        return Collections.unmodifiableList(permits);
    }

    public Long id() {
        return id;
    }

    public WeaponType type() {
        return type;
    }

    public String make() {
        return make;
    }

    public String model() {
        return model;
    }

    public String calibre() {
        return calibre;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public int yearOfManufacture() {
        return yearOfManufacture;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
