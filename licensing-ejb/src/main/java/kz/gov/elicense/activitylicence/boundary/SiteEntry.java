package kz.gov.elicense.activitylicence.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.register.entity.Site;
import kz.gov.elicense.register.entity.SiteKind;

/**
 * A branch or a licensed object (premises, storage, production site, shooting range…) as a form declares it.
 *
 * @param kind {@code BRANCH} or {@code OBJECT}
 */
public record SiteEntry(
        @NotNull @Pattern(regexp = "BRANCH|OBJECT", message = "must be BRANCH or OBJECT") String kind,
        @NotBlank @Size(max = 500) String name,
        @NotBlank @Size(max = 500) String address) {

    public Site site() {
        return new Site(SiteKind.valueOf(kind), name, address);
    }
}
