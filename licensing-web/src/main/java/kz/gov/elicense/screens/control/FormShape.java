package kz.gov.elicense.screens.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a procedure's form record declares, read from the record itself: which fields it has, which are required
 * ({@code @NotNull}, {@code @NotBlank}) and which take one of a list of codes (a {@code @Pattern} such as
 * {@code LOST|DAMAGED}). The screen asks what the declaration asks, with the choices it allows.
 */
public final class FormShape {

    private final Class<?> form;
    private final Set<String> fields;

    public FormShape(Class<?> form) {
        if (!form.isRecord()) {
            throw new IllegalArgumentException(form + " is not a record");
        }
        this.form = form;
        this.fields = Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean has(String field) {
        return fields.contains(field);
    }

    public Set<String> fields() {
        return fields;
    }

    /** Whether every field of the form is one of these (so a screen that knows these can fill it in). */
    public boolean within(Set<String> known) {
        return known.containsAll(fields);
    }

    /** The type of a field, e.g. to tell whose applicant record a form uses. */
    public Optional<Class<?>> typeOf(String field) {
        return field(field).map(Field::getType);
    }

    public boolean requires(String field) {
        return field(field).map(f -> f.isAnnotationPresent(NotNull.class) || f.isAnnotationPresent(NotBlank.class))
                .orElse(false);
    }

    /** The codes a field takes when its pattern is a list of codes ({@code A|B|C}), in the declared order. */
    public List<String> choices(String field) {
        return field(field).map(f -> f.getAnnotation(Pattern.class))
                .map(Pattern::regexp)
                .filter(regexp -> regexp.matches("[A-Z][A-Z_]*(\\|[A-Z][A-Z_]*)+"))
                .map(regexp -> List.of(regexp.split("\\|")))
                .orElse(List.of());
    }

    // the validation annotations of a record component are on its field (their targets exclude record components)
    private Optional<Field> field(String name) {
        if (!fields.contains(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(form.getDeclaredField(name));
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
    }
}
