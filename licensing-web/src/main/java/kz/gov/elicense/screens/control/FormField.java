package kz.gov.elicense.screens.control;

import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One field of a procedure's form as its record declares it, read from the record itself: its kind of input, whether
 * it is required, its length limit and the codes it takes (a {@code @Pattern} listing codes, or the codes the
 * procedure's declaration gives for it, such as the sub-types of activity). A nested record is a group of fields, a
 * list of records is a group of rows the applicant adds and removes. Every service's form on the screens is made of
 * these, so a new form record needs no new page.
 *
 * @param record the record that declares the field, whose name also names the field's label
 */
public record FormField(String name, Kind kind, boolean required, int maxLength, int minCount, List<String> choices,
                        List<FormField> children, Class<?> record) implements Serializable {

    /** What the screen shows for a field. */
    public enum Kind {
        TEXT, NUMBER, DATE, FLAG, CHOICE, CHOICES, NUMBERS, GROUP, ROWS
    }

    /** Fields the screens fill in themselves: the service's code and the attached documents' list. */
    static final Set<String> FILLED_BY_THE_SCREEN = Set.of("procedure", "documents");

    public FormField {
        choices = List.copyOf(choices);
        children = List.copyOf(children);
    }

    /**
     * The fields of a form record, in their declared order, with the choices the declaration gives by field name.
     *
     * @throws IllegalArgumentException when a component has a type no input of the screens takes
     */
    public static List<FormField> of(Class<?> form, Map<String, List<String>> declaredChoices) {
        return fields(form, declaredChoices, true);
    }

    private static List<FormField> fields(Class<?> record, Map<String, List<String>> declaredChoices, boolean top) {
        FormShape shape = new FormShape(record);
        List<FormField> fields = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            if (top && FILLED_BY_THE_SCREEN.contains(name)) {
                continue;
            }
            // the declaration's codes are for the form's own fields: a diploma's speciality is not the licence's
            fields.add(field(record, shape, component, top ? declaredChoices : Map.of()));
        }
        return fields;
    }

    private static FormField field(Class<?> record, FormShape shape, RecordComponent component,
                                   Map<String, List<String>> declaredChoices) {
        String name = component.getName();
        Class<?> type = component.getType();
        boolean required = shape.requires(name);
        int maxLength = size(record, name, true);
        List<String> declared = declaredChoices.getOrDefault(name, List.of());
        if (type == String.class) {
            List<String> choices = declared.isEmpty() ? shape.choices(name) : declared;
            return new FormField(name, choices.isEmpty() ? Kind.TEXT : Kind.CHOICE, required, maxLength, 0, choices,
                    List.of(), record);
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return new FormField(name, Kind.NUMBER, required || type.isPrimitive(), 0, 0, List.of(), List.of(), record);
        }
        if (type == boolean.class || type == Boolean.class) {
            return new FormField(name, Kind.FLAG, false, 0, 0, List.of(), List.of(), record);
        }
        if (type == LocalDate.class) {
            return new FormField(name, Kind.DATE, required, 0, 0, List.of(), List.of(), record);
        }
        if (type.isRecord()) {
            return new FormField(name, Kind.GROUP, required, 0, 0, List.of(), fields(type, declaredChoices, false),
                    record);
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            int minCount = size(record, name, false);
            if (element instanceof Class<?> rows && rows.isRecord()) {
                return new FormField(name, Kind.ROWS, required, size(record, name, true), minCount, List.of(),
                        fields(rows, declaredChoices, false), record);
            }
            if (element == String.class && !declared.isEmpty()) {
                return new FormField(name, Kind.CHOICES, required, 0, minCount, declared, List.of(), record);
            }
            if (element == Integer.class) {
                return new FormField(name, Kind.NUMBERS, required, 0, minCount, List.of(), List.of(), record);
            }
        }
        throw new IllegalArgumentException(record.getSimpleName() + "." + name + " (" + component.getGenericType()
                + ") has no input on the screens");
    }

    // the validation annotations of a record component are on its field (their targets exclude record components)
    private static int size(Class<?> record, String name, boolean max) {
        try {
            Field field = record.getDeclaredField(name);
            Size size = field.getAnnotation(Size.class);
            return size == null ? 0 : max ? (size.max() == Integer.MAX_VALUE ? 0 : size.max()) : size.min();
        } catch (NoSuchFieldException e) {
            return 0;
        }
    }

    /** The label's keys in the bundle, most particular first: the record's field, then the field by its name. */
    public List<String> labelKeys() {
        return List.of("form." + record.getSimpleName() + "." + name, "form." + name);
    }

    /** The bundle's group of this field's codes: the reasons and the kinds of site have their names already. */
    public String choiceGroup() {
        return switch (name) {
            case "reason" -> "reason";
            case "kind" -> "site";
            default -> "choice." + name;
        };
    }

    public boolean isRows() {
        return kind == Kind.ROWS;
    }
}
