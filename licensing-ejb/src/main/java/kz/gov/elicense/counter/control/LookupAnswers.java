package kz.gov.elicense.counter.control;

import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.counter.entity.LookupState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads a counter lookup's registry answers as the officer needs them: whether the applicant's data is there, and
 * when it is not, why. The applicant waits at the counter, so an answer that has not come within
 * {@link #PATIENCE} counts as data that cannot be obtained.
 */
public final class LookupAnswers {

    /** How long the officer waits at the counter for the gateway; the registries answer in seconds. */
    public static final Duration PATIENCE = Duration.ofMinutes(5);

    /** The message of §3 step 3 when there is no data, in English, Kazakh and Russian. */
    public static final String NOT_AVAILABLE_MESSAGE =
            "Data cannot be obtained / Деректерді алу мүмкін емес / Сведения не могут быть получены";

    private LookupAnswers() {
    }

    /**
     * A registry that does not know the applicant or failed makes the data unobtainable at once, whatever the other
     * questions still wait for; otherwise the lookup is found when every question is answered, and pending until
     * then, or until its patience runs out.
     */
    public static LookupState stateOf(List<RegistryCheck> checks, Instant requestedAt, Instant now) {
        if (checks.stream().anyMatch(LookupAnswers::withoutData)) {
            return LookupState.NOT_AVAILABLE;
        }
        if (checks.stream().allMatch(RegistryCheck::isAnswered)) {
            return LookupState.FOUND;
        }
        return now.isAfter(requestedAt.plus(PATIENCE)) ? LookupState.NOT_AVAILABLE : LookupState.PENDING;
    }

    /** Why the data cannot be obtained, for the officer: the registry's own words, or that it did not answer. */
    public static Optional<String> reasonOf(List<RegistryCheck> checks, Instant requestedAt, Instant now) {
        if (stateOf(checks, requestedAt, now) != LookupState.NOT_AVAILABLE) {
            return Optional.empty();
        }
        return Optional.of(checks.stream().filter(LookupAnswers::withoutData).findFirst()
                .map(c -> c.kind() + " " + c.outcome() + (c.summary() == null || c.summary().isBlank() ? ""
                        : ": " + c.summary()))
                .orElse("No answer from the registries within " + PATIENCE.toMinutes() + " minutes"));
    }

    private static boolean withoutData(RegistryCheck check) {
        return check.outcome() == CheckOutcome.NOT_FOUND || check.outcome() == CheckOutcome.ERROR;
    }
}
