package kz.gov.elicense.screens.boundary;

import jakarta.faces.component.UICommand;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import kz.gov.elicense.audit.boundary.AccessDenials;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A screen's post of an action the page does not offer this visitor: a form or button that is on the page only for
 * another role or another state (a clerk's post of the head's signing form, an officer of another division posting
 * to a case the page does not show them, a form of a step that has moved on). Faces does not stop it on its own:
 * Mojarra's UIForm decodes the children of a posted form whether or not the form is rendered, so the button's
 * action would run and only the session bean's own check would stand in its way (ScreenActionsIT found it). This
 * listener refuses such a post before anything is decoded: nothing is done, the refusal is an ACCESS_DENIED entry
 * in the audit trail (issue 7: every denial is audited) and a message on the page, which is shown again as it now
 * stands. A page that is merely out of date (the step was taken in another tab) gets the same message, which tells
 * the officer why nothing happened.
 */
public class UnofferedActions implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UnofferedActions.class.getName());
    private static final String SOURCE = "jakarta.faces.source";

    @Inject
    AccessDenials denials;

    @Inject
    Messages messages;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view is not there yet
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || context.getResponseComplete()) {
            return;
        }
        List<String> refused = unoffered(context);
        if (refused.isEmpty()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Principal caller = request.getUserPrincipal();
        try {
            denials.record(caller == null ? null : caller.getName(), request.getRequestURI(),
                    "POST " + request.getRequestURI() + " of " + String.join(", ", refused)
                            + ", not offered on the page to this visitor, refused from " + request.getRemoteAddr());
        } catch (RuntimeException notRecorded) {
            LOG.log(Level.SEVERE, "An access denial could not be recorded in the audit trail", notRecorded);
        }
        messages.error("action.notOffered");
        // Faces would still decode the children of a posted form that is not rendered (Mojarra's UIForm does not
        // check its own rendered before decoding them) and run their action: straight to the page as it stands
        context.renderResponse();
    }

    /**
     * The posted forms (a form posts its client id as its own value; so does a command link) and the ajax source
     * that are in the view but not rendered for this visitor. Only those are looked up, one search of the view each,
     * not every field of the form: a component inside a rendered form that is itself not rendered is skipped by
     * Faces' own decoding, which checks rendered everywhere but on the form.
     */
    static List<String> unoffered(FacesContext context) {
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, String> parameter : context.getExternalContext().getRequestParameterMap().entrySet()) {
            String name = parameter.getKey();
            boolean source = SOURCE.equals(name);
            boolean marker = name.equals(parameter.getValue()) && !name.startsWith("jakarta.faces.")
                    && !name.startsWith("primefaces.");
            if (!source && !marker) {
                continue;
            }
            String clientId = source ? parameter.getValue() : name;
            if (clientId == null || clientId.isBlank()) {
                continue;
            }
            boolean[] offered = {true};
            boolean found = context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> {
                if ((source || component instanceof UIForm || component instanceof UICommand) && !rendered(component)) {
                    offered[0] = false;
                }
            });
            // a marker that names no component is left to Faces, which ignores it (a radio's item posted as its own
            // value, say); a form, command or source the page has but does not render is refused
            if (found && !offered[0]) {
                refused.add(clientId);
            }
        }
        return refused;
    }

    /** Whether the component and every one it is inside are rendered. */
    private static boolean rendered(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return true;
    }
}
