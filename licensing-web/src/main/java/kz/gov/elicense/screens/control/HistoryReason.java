package kz.gov.elicense.screens.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasons the case engine writes into an application's history are English sentences (they are the API's too,
 * and old rows keep them). The screens tell the ones the engine writes in the visitor's language: each is recognised
 * by its shape and given as a bundle key ({@code history.reason.*}) with the parts that vary (numbers, names) as
 * arguments; any other reason (a refusal's grounds as the executor wrote them, a reason of an older release) is shown
 * as stored.
 */
public final class HistoryReason {

    /** A recognised reason: the bundle's key and its arguments. */
    public record Known(String key, List<String> arguments) {
    }

    /** A reason the engine writes with a move to the status. */
    private record Shape(String status, Pattern pattern, String key, Function<Matcher, List<String>> arguments) {
    }

    /** As CaseWork, CaseFlow, HeldSignatures and Application write them; the result's name is its ResultKind's. */
    private static final List<Shape> SHAPES = List.of(
            shape("DELIVERED", "Delivered through the portal with a verified signature", "history.reason.deliveredPortal"),
            shape("DELIVERED", "Delivered at the provider's counter", "history.reason.deliveredCounter"),
            new Shape("REGISTERED", Pattern.compile("Registered in E-licensing with number (\\S+)"),
                    "history.reason.registered", m -> List.of(m.group(1))),
            new Shape("IN_WORK", Pattern.compile("Executor (\\S+) determined"), "history.reason.executorDetermined",
                    m -> List.of(m.group(1))),
            new Shape("RESULT_ISSUED", Pattern.compile("([a-z]+(?: [a-z]+)*) issued"), "history.reason.resultIssued",
                    m -> List.of(m.group(1).toUpperCase(Locale.ROOT).replace(' ', '_'))),
            new Shape("REFUSED", Pattern.compile("EDS not confirmed: (.*)", Pattern.DOTALL),
                    "history.reason.edsNotConfirmed", m -> List.of(m.group(1))));

    private HistoryReason() {
    }

    /**
     * The bundle key and arguments of a reason the engine writes with a move to the status (an application status's
     * name); empty for any other text, such as the refusal's grounds that come with a move to {@code REFUSED}. For a result issued the
     * argument is the result's code ({@code LICENCE}, {@code PERMIT}, ...), which the screen names from the bundle.
     */
    public static Optional<Known> recognise(String status, String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        for (Shape shape : SHAPES) {
            if (!shape.status().equals(status)) {
                continue;
            }
            Matcher matcher = shape.pattern().matcher(reason);
            if (matcher.matches()) {
                return Optional.of(new Known(shape.key(), shape.arguments().apply(matcher)));
            }
        }
        return Optional.empty();
    }

    private static Shape shape(String status, String text, String key) {
        return new Shape(status, Pattern.compile(Pattern.quote(text)), key, m -> List.of());
    }
}
