package kz.gov.elicense.screens.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.messaging.boundary.DeadLetter;
import kz.gov.elicense.messaging.boundary.DeadLetters;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.problem.RejectionKind;

import java.io.Serializable;
import java.util.List;

/**
 * The operator's desk for the messages the broker parked: the same session bean as the API's dead-letter resource,
 * which admits the head of the provider only. Anyone else is told so instead of being shown the queue.
 */
@Named
@ViewScoped
public class DeadLetterDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeadLetters deadLetters;

    @Inject
    Messages messages;

    private List<DeadLetter> letters = List.of();
    private boolean refused;

    @PostConstruct
    void load() {
        try {
            letters = deadLetters.list();
        } catch (EJBAccessException e) {
            refused = true;
            letters = List.of();
        }
    }

    /** Sends one letter back to its queue; a letter already gone (re-driven from elsewhere) is told as such. */
    public void redrive(String id) {
        try {
            DeadLetter redriven = deadLetters.redrive(id);
            messages.info("deadLetters.redriven", redriven.originalQueue());
        } catch (EJBAccessException e) {
            refused = true;
        } catch (Rejection e) {
            told(e);
        }
        reload();
    }

    public void redriveAll() {
        try {
            int redriven = deadLetters.redriveAll().size();
            messages.info("deadLetters.redrivenAll", redriven);
        } catch (EJBAccessException e) {
            refused = true;
        } catch (Rejection e) {
            told(e);
        }
        reload();
    }

    private void told(Rejection e) {
        switch (e.type()) {
            case "dead-letter-origin-unknown" -> messages.error("deadLetters.originUnknown");
            case "dead-letter-not-text" -> messages.error("deadLetters.notText");
            default -> {
                if (e.kind() == RejectionKind.NOT_FOUND) {
                    messages.warn("deadLetters.gone");
                } else {
                    messages.error("deadLetters.failed", e.type());
                }
            }
        }
    }

    private void reload() {
        if (!refused) {
            load();
        }
    }

    public List<DeadLetter> getLetters() {
        return letters;
    }

    public boolean isRefused() {
        return refused;
    }
}
