package kz.gov.elicense.application.entity;

/**
 * A BIN, IIN or application number that cannot be accepted. The message names the rule that failed;
 * it deliberately does not repeat the whole value, because an IIN is personal data and messages end up in logs.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidIdentifierException(String message) {
        super(message);
    }
}
