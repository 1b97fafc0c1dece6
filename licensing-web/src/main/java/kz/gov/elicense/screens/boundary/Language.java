package kz.gov.elicense.screens.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the screens: Kazakh, the state language, unless the visitor chose Russian or English. The
 * choice is also kept in a cookie, so that it survives signing out (which ends the session) and the next visit.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String COOKIE = "elicense-language";
    private static final int COOKIE_AGE_SECONDS = 365 * 24 * 3600;
    private static final List<String> CODES = List.of("kk", "ru", "en");
    /** Each language named in itself, as a language switch should. */
    private static final Map<String, String> NATIVE_NAMES = Map.of("kk", "Қазақша", "ru", "Русский", "en", "English");

    private String code = CODES.get(0);

    @PostConstruct
    void fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
        if (cookie instanceof jakarta.servlet.http.Cookie c && CODES.contains(c.getValue())) {
            code = c.getValue();
        }
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(code);
    }

    public String getCode() {
        return code;
    }

    public List<String> getCodes() {
        return CODES;
    }

    public String nativeName(String language) {
        return NATIVE_NAMES.getOrDefault(language, language);
    }

    /** Switches the language and shows the same page again, with its parameters, by a redirect (post-redirect-get). */
    public String use(String language) {
        if (!CODES.contains(language)) {
            return null;
        }
        code = language;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(getLocale());
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, language, Map.of("maxAge", COOKIE_AGE_SECONDS, "path",
                external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath()));
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
