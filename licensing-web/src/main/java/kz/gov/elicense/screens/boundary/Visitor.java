package kz.gov.elicense.screens.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.entity.StepCode;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

import static kz.gov.elicense.application.entity.OfficerRole.APPLICANT_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_UNIT_ROLE;

/** Who is at the screen: anyone, a signed-in applicant, or a signed-in officer with their roles; and signing out. */
@Named
@RequestScoped
public class Visitor {

    static final List<String> OFFICER_ROLES = List.of(CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE,
            HEAD_OF_PROVIDER_ROLE);

    @Inject
    ServiceCatalogue catalogue;

    public boolean isSignedIn() {
        return external().getUserPrincipal() != null;
    }

    public boolean isOfficer() {
        ExternalContext external = external();
        return OFFICER_ROLES.stream().anyMatch(external::isUserInRole);
    }

    /** Whether the officer signs the results of some service (the signing queue is theirs). */
    public boolean isSigner() {
        ExternalContext external = external();
        return catalogue.all().stream().flatMap(s -> s.steps().stream())
                .filter(step -> StepCode.HEAD_SIGNATURE.name().equals(step.code()))
                .anyMatch(step -> external.isUserInRole(step.role()));
    }

    /** An applicant signed in with their BIN/IIN: the cabinet is theirs. */
    public boolean isApplicant() {
        return external().isUserInRole(APPLICANT_ROLE);
    }

    /** The operator of the provider's desks (dead letters, register operations); the session beans check it again. */
    public boolean isHeadOfProvider() {
        return external().isUserInRole(HEAD_OF_PROVIDER_ROLE);
    }

    /** The office and the executors take applications in at the counter (§3); the session bean checks it again. */
    public boolean isAtTheCounter() {
        ExternalContext external = external();
        return external.isUserInRole(CLERK_ROLE) || external.isUserInRole(EXECUTOR_ROLE);
    }

    public String getName() {
        return isSignedIn() ? external().getUserPrincipal().getName() : "";
    }

    /** The officer's roles, for the header. */
    public List<String> getRoles() {
        ExternalContext external = external();
        return OFFICER_ROLES.stream().filter(external::isUserInRole).toList();
    }

    /** Ends the identity and the session and goes back to the public register (the language stays, see Language). */
    public String signOut() throws ServletException {
        ExternalContext external = external();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/register.xhtml?faces-redirect=true";
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
