package kz.gov.elicense.screens.control;

import kz.gov.elicense.screens.control.StepOutcome.Argument;
import kz.gov.elicense.screens.control.StepOutcome.Known;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject lines the case engine writes in the office journals are English (CaseFlow: the service's title on an
 * incoming line; "Result on application … (title)" or "Motivated refusal on application … (title)" on an outgoing
 * one), and the journal keeps them as written. The screens tell them in the visitor's language, as
 * {@link StepOutcome} does for step outcomes: each is recognised by its shape and given as a bundle key
 * ({@code journal.subject.*}) with its parts; the service's title becomes its code (bundle group {@code procedure})
 * where the catalogue knows that title, else it stays as written. Any other subject is shown as written.
 */
public final class JournalSubject {

    private static final Pattern OUTGOING = Pattern.compile("(Result|Motivated refusal) on application (\\S+) \\((.*)\\)",
            Pattern.DOTALL);

    private JournalSubject() {
    }

    /**
     * The subject as a bundle key and its arguments; empty when it is not a line the engine writes.
     *
     * @param serviceOfTitle the code of the service with this English title, if any
     */
    public static Optional<Known> recognise(String subject, Function<String, Optional<String>> serviceOfTitle) {
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        Matcher outgoing = OUTGOING.matcher(subject);
        if (outgoing.matches()) {
            String key = "Result".equals(outgoing.group(1)) ? "journal.subject.result" : "journal.subject.refusal";
            return Optional.of(new Known(key, List.of(Argument.text(outgoing.group(2)),
                    service(outgoing.group(3), serviceOfTitle))));
        }
        return serviceOfTitle.apply(subject)
                .map(code -> new Known("journal.subject.application", List.of(new Argument(code, "procedure"))));
    }

    private static Argument service(String title, Function<String, Optional<String>> serviceOfTitle) {
        return serviceOfTitle.apply(title).map(code -> new Argument(code, "procedure"))
                .orElseGet(() -> Argument.text(title));
    }
}
