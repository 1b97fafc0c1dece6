package kz.gov.elicense.protection.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A screen's post that does not carry the nonce PrimeFaces gave the page it came from (a post forged by another
 * site or tool, or replayed from another session) is refused with 403, not answered with a server error: PrimeFaces'
 * CSP check throws {@link CspException} before the post's action runs, so nothing was done. The 403 reaches the
 * forbidden page like any other and DenialAudit records it as ACCESS_DENIED. The same for an action a session bean
 * refused by its roles ({@link EJBAccessException}): a refusal, not a server error.
 */
public class ForgedPostRefusal extends ExceptionHandlerFactory {

    public ForgedPostRefusal(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEvent event = events.next();
                if (refused(event.getContext().getException())) {
                    events.remove();
                    refuse(event.getContext().getContext());
                }
            }
            getWrapped().handle();
        }

        private static void refuse(FacesContext context) {
            if (context.getResponseComplete()) {
                return;
            }
            try {
                if (!context.getExternalContext().isResponseCommitted()) {
                    context.getExternalContext().responseReset();
                    context.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN,
                            "The post does not belong to a page of this session");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }

        /** Whether PrimeFaces' CSP check or a bean's role check refused the post, however the lifecycle wrapped it. */
        static boolean refused(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof CspException || t instanceof EJBAccessException) {
                    return true;
                }
            }
            return false;
        }
    }
}
