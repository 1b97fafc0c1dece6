package kz.gov.elicense.registry.entity;

/**
 * A registry gave no usable answer: its circuit breaker is open, or every retry timed out or failed. Unlike a
 * malformed request this is temporary, so the question is asked again later instead of being answered with
 * {@link Outcome#ERROR} or dead-lettered.
 */
public class RegistryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Registry registry;

    public RegistryUnavailableException(Registry registry, String reason) {
        super(reason);
        this.registry = registry;
    }

    public Registry registry() {
        return registry;
    }

    /** What the officer reads on the waiting check, e.g. "individuals: HTTP 503 after 3 attempts". */
    public String reason() {
        return "The registry '" + registry.path() + "' is unavailable: " + getMessage();
    }
}
