package kz.gov.elicense.calendar.entity;

/** A line of a working calendar file that cannot be read; the message starts with where it is. */
public class MalformedCalendarFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    MalformedCalendarFileException(String source, int lineNumber, String problem) {
        super((source == null ? "" : source + ", ") + "line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    /** 1-based, as editors number lines. */
    public int lineNumber() {
        return lineNumber;
    }
}
