package kz.gov.elicense.screens.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import kz.gov.elicense.problem.Rejection;

/**
 * How an officer's action went, as a faces message in the visitor's language. A rejection of the session bean is
 * told by the bundle's text for its stable type ({@code action.error.<type>}, e.g. {@code action.error.wrong-step})
 * where the bundle has one, else for its kind ({@code action.error.<KIND>}); the bean's precise detail follows.
 */
@RequestScoped
public class ActionMessages {

    @Inject
    Texts texts;

    public String text(String key) {
        return texts.find(key).orElse(key);
    }

    public void info(String key, String detail) {
        add(FacesMessage.SEVERITY_INFO, texts.find(key).orElse(key), detail);
    }

    public void error(String key, String detail) {
        add(FacesMessage.SEVERITY_ERROR, texts.find(key).orElse(key), detail);
    }

    public void rejection(Rejection rejection) {
        add(FacesMessage.SEVERITY_ERROR, describe(rejection), rejection.detail());
    }

    /** The bundle's summary of a rejection: by its type, else by its kind. */
    String describe(Rejection rejection) {
        return texts.find("action.error." + rejection.type())
                .orElseGet(() -> texts.find("action.error." + rejection.kind().name()).orElse(rejection.title()));
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary,
                detail == null ? "" : detail));
    }
}
