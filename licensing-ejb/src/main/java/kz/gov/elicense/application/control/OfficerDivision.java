package kz.gov.elicense.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import kz.gov.elicense.account.boundary.Accounts;
import kz.gov.elicense.application.entity.Application;

import java.util.Optional;

/**
 * The division a signed-in officer works in, and whether an application is theirs to see and act on. The session
 * beans ask it with their caller's name, so the screens and the API are held to the same line; a refused application
 * is answered as not found, the same as an absent one, and the refusal goes to the audit trail.
 */
@Dependent
public class OfficerDivision {

    @Inject
    Accounts accounts;

    /** The officer's division; empty for the application's own code running with a role (no account). */
    public Optional<String> of(String officer) {
        return accounts.divisionOf(officer);
    }

    public boolean covers(String officer, Application application) {
        return of(officer).map(application.division()::equals).orElse(true);
    }

    /** Whether the named officer holds the role in the application's division. */
    public boolean takes(String officer, String role, Application application) {
        return accounts.worksIn(officer, role, application.division());
    }

    /** Records that the officer was refused this application, in a transaction of its own. */
    public void denied(String officer, Application application, String what) {
        accounts.deniedOutsideDivision(officer, application.number(), what);
    }
}
