package kz.gov.elicense.securityactivity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.register.entity.Site;
import kz.gov.elicense.register.entity.SiteKind;

import java.util.List;

/** A branch (филиал) or object (объект) of the licensee as a security activity form declares it. */
public record LicenseeSite(
        @NotNull @Pattern(regexp = "BRANCH|OBJECT", message = "must be BRANCH or OBJECT") String kind,
        @NotBlank @Size(max = 500) String name,
        @NotBlank @Size(max = 500) String address) {

    public Site toSite() {
        return new Site(SiteKind.valueOf(kind), name, address);
    }

    /** The register's sites for the declared ones; null (nothing declared) stays null. */
    static List<Site> toSites(List<LicenseeSite> declared) {
        return declared == null ? null : declared.stream().map(LicenseeSite::toSite).toList();
    }
}
