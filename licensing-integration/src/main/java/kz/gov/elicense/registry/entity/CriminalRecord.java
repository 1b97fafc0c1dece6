package kz.gov.elicense.registry.entity;

import java.time.LocalDate;

/**
 * An entry of the special accounts that bars a person from security activity.
 *
 * @param iin        the person
 * @param kind       conviction or pending proceedings
 * @param article    the article of the Criminal Code, in words the officer can quote
 * @param recordedOn date of the sentence, or of registration of the pre-trial investigation
 * @param authority  the court or the investigating body
 */
public record CriminalRecord(String iin, Kind kind, String article, LocalDate recordedOn, String authority) {

    public enum Kind {
        /** Convicted and the conviction is neither expunged nor cancelled. */
        UNEXPUNGED_CONVICTION,
        /** Under criminal prosecution; no final decision yet. */
        PENDING_PROCEEDINGS
    }
}
