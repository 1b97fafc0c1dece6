package kz.gov.elicense.screens.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.screens.control.HistoryReason;
import kz.gov.elicense.screens.control.JournalSubject;
import kz.gov.elicense.screens.control.StepOutcome;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words and figures in the visitor's language: names of codes (statuses, steps, procedures…) from the resource
 * bundle, dates and numbers formatted for the language. Times are shown on Kazakhstan's clock, where the
 * provider works, whatever the server's zone.
 */
@Named
@RequestScoped
public class Texts {

    static final String BUNDLE = "kz.gov.elicense.screens.messages";
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @Inject
    Language language;

    @Inject
    ServiceCatalogue catalogue;

    /** The services' codes by their titles, read once a request, when a journal's subject is first told. */
    private java.util.Map<String, String> servicesByTitle;

    /** The bundle's name of a code, e.g. {@code label('status', 'ACTIVE')}; the code itself if the bundle has none. */
    public String label(String group, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            return bundle().getString(group + "." + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    /** The bundle's text under a key; empty when the bundle has none, so that a caller can fall back. */
    java.util.Optional<String> find(String key) {
        try {
            return java.util.Optional.of(bundle().getString(key));
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }

    /** A text of the bundle with its {@code {0}}-style arguments filled in, in the visitor's language. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle().getString(key), language.getLocale()).format(arguments);
    }

    /**
     * The reason of an entry of an application's history in the visitor's language, where the case engine wrote it
     * ({@link HistoryReason}); any other reason (a refusal's grounds, for one) as it was written.
     */
    public String historyReason(String status, String reason) {
        return HistoryReason.recognise(status, reason)
                .filter(known -> has(known.key()))
                .map(known -> format(known.key(), known.arguments().stream()
                        .map(argument -> "history.reason.resultIssued".equals(known.key()) ? label("result", argument)
                                : argument)
                        .toArray()))
                .orElse(reason == null ? "" : reason);
    }

    /**
     * The outcome of a completed step in the visitor's language, where the case engine wrote it ({@link StepOutcome});
     * any other outcome (a head's instruction as written, an outcome of an older release) as it was written.
     */
    public String stepOutcome(String outcome) {
        return StepOutcome.recognise(outcome)
                .filter(parts -> parts.stream().allMatch(part -> has(part.key())))
                .map(parts -> String.join("; ", parts.stream().map(this::told).toList()))
                .orElse(outcome == null ? "" : outcome);
    }

    /**
     * The subject of an office journal's line in the visitor's language, where the case engine wrote it
     * ({@link JournalSubject}: the service's title, or the result or refusal sent on an application); any other
     * subject as it was written.
     */
    public String journalSubject(String subject) {
        return JournalSubject.recognise(subject, this::serviceOfTitle)
                .filter(known -> has(known.key()))
                .map(this::told)
                .orElse(subject == null ? "" : subject);
    }

    /** A recognised text: its bundle key's words with the arguments, a code named from its bundle group. */
    private String told(StepOutcome.Known known) {
        return format(known.key(), known.arguments().stream()
                .map(a -> a.group() == null ? a.value() : label(a.group(), a.value()))
                .toArray());
    }

    /** The code of the service whose declared (English) title this is, as the catalogue describes the services. */
    private java.util.Optional<String> serviceOfTitle(String title) {
        if (servicesByTitle == null) {
            servicesByTitle = new java.util.HashMap<>();
            catalogue.all().forEach(s -> servicesByTitle.putIfAbsent(s.title(), s.code()));
        }
        return java.util.Optional.ofNullable(servicesByTitle.get(title));
    }

    /** Whether the bundle has a text under this key. */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language.getLocale()).format(date);
    }

    public String moment(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).withZone(KAZAKHSTAN).format(moment);
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(language.getLocale()).format(number);
    }

    /** A form field's label: the bundle's name of the field of that record, or of any field of that name. */
    public String field(kz.gov.elicense.screens.control.FormField field) {
        return field.labelKeys().stream().map(this::find).flatMap(java.util.Optional::stream).findFirst()
                .orElse(field.name());
    }

    /** A form field's problem in words, after the field's label. */
    public String problem(kz.gov.elicense.screens.control.FormDraft.Problem problem) {
        if (problem == null) {
            return "";
        }
        java.util.List<Object> arguments = new java.util.ArrayList<>();
        arguments.add(problem.node() == null ? "" : field(problem.node().getField()));
        arguments.addAll(problem.arguments());
        return format(problem.key(), arguments.toArray());
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, language.getLocale(), Thread.currentThread().getContextClassLoader());
    }
}
