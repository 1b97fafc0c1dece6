package kz.gov.elicense.screens.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.net.MalformedURLException;

/**
 * The pages of the applicant's cabinet its navigation may offer. The submission form is its own piece of work;
 * the cabinet links to it only once the web module has it, so the navigation never leads to a missing page.
 */
@Named
@ApplicationScoped
public class CabinetPages {

    static final String APPLY = "/cabinet/apply.xhtml";

    public boolean isApplyOffered() {
        try {
            return FacesContext.getCurrentInstance().getExternalContext().getResource(APPLY) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }
}
