package kz.gov.elicense.register.entity;

import java.util.Objects;

/** A branch or object of a licensee, as an application declares it. */
public record Site(SiteKind kind, String name, String address) {

    public Site {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank() || address == null || address.isBlank()) {
            throw new IllegalArgumentException("A branch or object needs its name and address");
        }
        name = name.strip();
        address = address.strip();
    }
}
