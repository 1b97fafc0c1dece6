package kz.gov.elicense.numbering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number given under a key such as {@code LICENCE-SEC-2026} or {@code APPLICATION-SEC-2026}. */
@Entity
@Table(name = "number_counter")
public class NumberCounter {

    @Id
    @Column(name = "counter_key", length = 40)
    private String key;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected NumberCounter() {
        // for JPA
    }

    public NumberCounter(String key) {
        this.key = key;
    }

    public long next() {
        return ++lastValue;
    }

    public long lastValue() {
        return lastValue;
    }
}
