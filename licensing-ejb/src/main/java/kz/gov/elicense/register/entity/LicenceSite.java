package kz.gov.elicense.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A branch or object of the licensee, from the day it was entered until the day it was removed (if it was). */
@Entity
@Table(name = "licence_site")
public class LicenceSite {

    @Id
    @SequenceGenerator(name = "licence_site_seq", sequenceName = "licence_site_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_site_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "licence_id", nullable = false)
    private Licence licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SiteKind kind;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(nullable = false, length = 500)
    private String address;

    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    protected LicenceSite() {
        // for JPA
    }

    LicenceSite(Licence licence, Site site, LocalDate addedOn) {
        this.licence = licence;
        this.kind = site.kind();
        this.name = site.name();
        this.address = site.address();
        this.addedOn = addedOn;
    }

    void remove(LocalDate on) {
        this.removedOn = on;
    }

    public boolean isCurrent() {
        return removedOn == null;
    }

    public Site site() {
        return new Site(kind, name, address);
    }

    public LocalDate addedOn() {
        return addedOn;
    }

    public LocalDate removedOn() {
        return removedOn;
    }
}
