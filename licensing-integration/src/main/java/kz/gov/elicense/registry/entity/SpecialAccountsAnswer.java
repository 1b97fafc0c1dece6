package kz.gov.elicense.registry.entity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The committee's answer to a formal request about an organisation.
 *
 * @param bin          the organisation asked about
 * @param finding      what the committee reports, or {@code null} when it has nothing on record
 * @param answeredAfter how long the committee takes to answer; zero for an answer by return
 */
public record SpecialAccountsAnswer(String bin, SpecialAccountsFinding finding, Duration answeredAfter) {

    public SpecialAccountsAnswer {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(answeredAfter, "answeredAfter");
    }

    public Optional<SpecialAccountsFinding> findingIfAny() {
        return Optional.ofNullable(finding);
    }
}
