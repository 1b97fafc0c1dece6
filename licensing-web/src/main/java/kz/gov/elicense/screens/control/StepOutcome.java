package kz.gov.elicense.screens.control;

import kz.gov.elicense.register.entity.ReissueReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcomes the case engine writes on a completed step are English sentences (the API's and the audit's too, and
 * old rows keep them). The screens tell the ones the engine writes in the visitor's language, as
 * {@link HistoryReason} does for the history: each is recognised by its shape and given as a bundle key
 * ({@code step.outcome.*}) with its varying parts; a part that is a code (a result, a dispatch method, a reissue
 * reason) names the bundle group that has its words. A licence for several activities is several outcomes joined
 * with "; ", each told on its own. Anything else (a head's instruction, a refusal's grounds) is shown as written.
 */
public final class StepOutcome {

    /** A part of an outcome: as written, or a code the screen names from the bundle's {@code group}. */
    public record Argument(String value, String group) {
        static Argument text(String value) {
            return new Argument(value == null ? "" : value, null);
        }
    }

    /** A recognised outcome: the bundle's key and its arguments. */
    public record Known(String key, List<Argument> arguments) {
    }

    private record Shape(Pattern pattern, String key, Function<Matcher, List<Argument>> arguments) {
    }

    private static final String NUMBER = "(\\S+)";

    /** As CaseFlow, LicenceResults, WeaponPermits and the duplicate procedures write them. */
    private static final List<Shape> SHAPES = List.of(
            shape("Incoming No\\. " + NUMBER + "; (.*)", "step.outcome.incoming", m -> texts(m, 1, 2)),
            shape("Executor: " + NUMBER + "; instruction: (.*)", "step.outcome.executorInstructed", m -> texts(m, 1, 2)),
            shape("Executor: " + NUMBER, "step.outcome.executor", m -> texts(m, 1)),
            shape("Complete", "step.outcome.complete", m -> List.of()),
            shape("Incomplete: (.*)", "step.outcome.incomplete", m -> texts(m, 1)),
            shape("Nothing to ask", "step.outcome.nothingToAsk", m -> List.of()),
            shape("(\\d+) answers, none adverse", "step.outcome.answersClear", m -> texts(m, 1)),
            shape("(\\d+) answers, (\\d+) adverse: (.*)", "step.outcome.answersAdverse", m -> texts(m, 1, 2, 3)),
            shape("Proposed: ([A-Z_]+)", "step.outcome.proposed",
                    m -> List.of(new Argument(m.group(1), "result"))),
            shape("Motivated refusal signed", "step.outcome.refusalSigned", m -> List.of()),
            shape("Licence " + NUMBER + " signed with (\\d+) annex\\(es\\)", "step.outcome.licenceWithAnnexes",
                    m -> texts(m, 1, 2)),
            shape("Licence " + NUMBER + " signed", "step.outcome.licence", m -> texts(m, 1)),
            shape("Licence " + NUMBER + " reissued: (.*)", "step.outcome.licenceReissued",
                    m -> List.of(Argument.text(m.group(1)), reason(m.group(2)))),
            shape("Duplicate of licence " + NUMBER + " signed(?: \\((.*)\\))?", "step.outcome.duplicate",
                    m -> List.of(Argument.text(m.group(1)), why(m.group(2)))),
            shape("Annex (\\d+) to licence " + NUMBER + " signed", "step.outcome.annex", m -> texts(m, 1, 2)),
            shape("Annex (\\d+) to licence " + NUMBER + " reissued: (.*)", "step.outcome.annexReissued",
                    m -> List.of(Argument.text(m.group(1)), Argument.text(m.group(2)), reason(m.group(3)))),
            shape("Duplicate of annex (\\d+) to licence " + NUMBER + " signed(?: \\((.*)\\))?",
                    "step.outcome.annexDuplicate",
                    m -> List.of(Argument.text(m.group(1)), Argument.text(m.group(2)), why(m.group(3)))),
            shape("Permit " + NUMBER + " \\(([A-Z_]+)\\) and its cover letter signed; entered in the weapon register",
                    "step.outcome.permit", m -> List.of(Argument.text(m.group(1)),
                            new Argument(m.group(2), "choice.permitKind"))),
            shape("Permit " + NUMBER + " \\(([A-Z_]+)\\) and its cover letter signed, replacing (\\S+); "
                            + "entered in the weapon register", "step.outcome.permitReplacing",
                    m -> List.of(Argument.text(m.group(1)), new Argument(m.group(2), "choice.permitKind"),
                            Argument.text(m.group(3)))),
            shape("Outgoing No\\. " + NUMBER + ", ([a-z ]+)", "step.outcome.outgoing",
                    m -> List.of(Argument.text(m.group(1)),
                            new Argument(m.group(2).toUpperCase(Locale.ROOT).replace(' ', '_'), "dispatch"))));

    private StepOutcome() {
    }

    /**
     * The outcome as one or more recognised parts; empty when any part is not one the engine writes, so that the
     * screen shows the outcome as written.
     */
    public static Optional<List<Known>> recognise(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return Optional.empty();
        }
        Optional<Known> whole = one(outcome);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        List<Known> parts = new ArrayList<>();
        for (String part : outcome.split("; ")) {
            Optional<Known> known = one(part);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            parts.add(known.get());
        }
        return Optional.of(parts);
    }

    private static Optional<Known> one(String text) {
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(text);
            if (matcher.matches()) {
                return Optional.of(new Known(shape.key(), shape.arguments().apply(matcher)));
            }
        }
        return Optional.empty();
    }

    /** The reissue reason's code, from the English wording LicenceResults writes (ReissueReason's); else as written. */
    private static Argument reason(String english) {
        return java.util.Arrays.stream(ReissueReason.values()).filter(r -> r.en().equals(english)).findFirst()
                .map(r -> new Argument(r.name(), "reason"))
                .orElseGet(() -> Argument.text(english));
    }

    /** The applicant's "why" a duplicate procedure appends, in brackets; nothing when there is none. */
    private static Argument why(String why) {
        return Argument.text(why == null ? "" : "(" + why + ")");
    }

    private static List<Argument> texts(Matcher m, int... groups) {
        List<Argument> arguments = new ArrayList<>();
        for (int group : groups) {
            arguments.add(Argument.text(m.group(group)));
        }
        return arguments;
    }

    private static Shape shape(String regex, String key, Function<Matcher, List<Argument>> arguments) {
        return new Shape(Pattern.compile(regex, Pattern.DOTALL), key, arguments);
    }
}
