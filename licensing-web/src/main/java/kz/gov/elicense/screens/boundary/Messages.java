package kz.gov.elicense.screens.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages to the officer after an action, worded from the screens' bundle in the visitor's language. */
@RequestScoped
public class Messages {

    @Inject
    Language language;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String pattern = bundle().getString(key);
        // a text without arguments is taken as written: MessageFormat would swallow its apostrophes
        String text = arguments.length == 0 ? pattern : new MessageFormat(pattern, language.getLocale()).format(arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(Texts.BUNDLE, language.getLocale(), Thread.currentThread().getContextClassLoader());
    }
}
