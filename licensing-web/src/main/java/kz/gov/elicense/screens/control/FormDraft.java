package kz.gov.elicense.screens.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import kz.gov.elicense.application.entity.Iin;
import kz.gov.elicense.application.entity.InvalidIdentifierException;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A service's application form as the applicant (in the cabinet) or the officer (at the counter) fills it in, for
 * every procedure of the catalogue: the values of the fields its record declares ({@link FormField}), written as the
 * JSON the portal API takes. These bytes are what the applicant signs and what the server reads; the documents are
 * listed with their SHA-256, so the signature covers them too. The same checks as the server's (the record's own
 * constraints, by Bean Validation) tell each wrong field before anything is submitted.
 */
public class FormDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> IDENTITY_GROUPS = Set.of("applicant", "expert");
    private static final Set<String> IDENTITY_FIELDS = Set.of("bin", "iin", "id");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final String procedure;
    private final Class<?> formType;
    private final List<Node> fields = new ArrayList<>();
    private transient List<Line> lines;

    /** A document as the form lists it. */
    public record Listed(String kind, String fileName, String sha256, LocalDate validUntil) {
    }

    /** A field's message: the bundle's key, and the arguments after the field's label. */
    public record Problem(Node node, String key, List<Object> arguments) implements Serializable {
    }

    /** The value of one field (or a group of them), and what is wrong with it. */
    public static class Node implements Serializable {

        private static final long serialVersionUID = 1L;

        private final FormField field;
        private String text;
        private boolean flag;
        private List<String> many = new ArrayList<>();
        private final List<Node> children = new ArrayList<>();
        private final List<List<Node>> rows = new ArrayList<>();
        private boolean locked;
        private Problem problem;

        Node(FormField field) {
            this.field = field;
            if (field.kind() == FormField.Kind.GROUP) {
                field.children().forEach(c -> children.add(new Node(c)));
            }
            // the fee through the gateway is the usual way
            flag = "feePaidThroughGateway".equals(field.name());
        }

        public FormField getField() {
            return field;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            if (!locked) {
                this.text = text;
            }
        }

        public boolean isFlag() {
            return flag;
        }

        public void setFlag(boolean flag) {
            this.flag = flag;
        }

        public List<String> getMany() {
            return many;
        }

        public void setMany(List<String> many) {
            this.many = many == null ? new ArrayList<>() : new ArrayList<>(many);
        }

        public boolean isLocked() {
            return locked;
        }

        public Problem getProblem() {
            return problem;
        }

        boolean blank() {
            return text == null || text.isBlank();
        }
    }

    /**
     * A line of the form as the screen lays it out: a heading of a group or a row, a field, or the button that adds
     * a row. {@code path} names the field as the form's JSON and the server's messages do ({@code personnel[0].iin}).
     */
    public record Line(String type, String path, Node node, FormField field, int row, int level) implements Serializable {

        public boolean isInput() {
            return "FIELD".equals(type);
        }
    }

    public FormDraft(String procedure, Class<?> formType, Map<String, List<String>> declaredChoices) {
        this.procedure = procedure;
        this.formType = formType;
        FormField.of(formType, declaredChoices).forEach(f -> fields.add(new Node(f)));
    }

    public String getProcedure() {
        return procedure;
    }

    /** The applicant's BIN or IIN, as signed in or as looked up at the counter: entered, and not to be changed. */
    public void lockIdentity(String applicantId) {
        fields.stream().filter(n -> IDENTITY_GROUPS.contains(n.field.name())).flatMap(n -> n.children.stream())
                .filter(n -> IDENTITY_FIELDS.contains(n.field.name())).findFirst()
                .ifPresent(n -> {
                    n.locked = false;
                    n.setText(applicantId);
                    n.locked = true;
                });
    }

    /** Enters a value where the field is empty, e.g. what a registry holds on the applicant; false when there is none. */
    public boolean prefill(String path, String value) {
        Optional<Node> node = node(path);
        if (value == null || value.isBlank() || node.isEmpty() || !node.get().blank()) {
            return false;
        }
        node.get().setText(value);
        return true;
    }

    /** The field of this path, e.g. {@code applicant.name} or {@code personnel[1].iin}. */
    public Optional<Node> node(String path) {
        List<Node> level = fields;
        Node found = null;
        for (String part : path.split("\\.")) {
            String name = part.replaceAll("\\[\\d+]$", "");
            found = level.stream().filter(n -> n.field.name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            if (part.endsWith("]")) {
                int row = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
                if (row >= found.rows.size()) {
                    return Optional.of(found);
                }
                level = found.rows.get(row);
            } else {
                level = found.children;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean has(String path) {
        return node(path).isPresent();
    }

    /** The form laid out line by line, for one renderer of every field kind. */
    public List<Line> getLines() {
        if (lines == null) {
            List<Line> out = new ArrayList<>();
            lay(fields, "", 0, out);
            lines = out;
        }
        return lines;
    }

    private static void lay(List<Node> nodes, String prefix, int level, List<Line> out) {
        for (Node node : nodes) {
            String path = prefix + node.field.name();
            switch (node.field.kind()) {
                case GROUP -> {
                    out.add(new Line("GROUP", path, node, node.field, -1, level));
                    lay(node.children, path + ".", level + 1, out);
                }
                case ROWS -> {
                    out.add(new Line("ROWS", path, node, node.field, -1, level));
                    for (int i = 0; i < node.rows.size(); i++) {
                        out.add(new Line("ROW", path + "[" + i + "]", node, node.field, i, level + 1));
                        lay(node.rows.get(i), path + "[" + i + "].", level + 2, out);
                    }
                    out.add(new Line("ADD", path, node, node.field, node.rows.size(), level + 1));
                }
                default -> out.add(new Line("FIELD", path, node, node.field, -1, level));
            }
        }
    }

    /** Adds an empty row to a list of records, e.g. a person or a site. */
    public void addRow(Line line) {
        List<Node> row = new ArrayList<>();
        line.node().field.children().forEach(c -> row.add(new Node(c)));
        line.node().rows.add(row);
        lines = null;
    }

    public void removeRow(Line line) {
        if (line.row() >= 0 && line.row() < line.node().rows.size()) {
            line.node().rows.remove(line.row());
            lines = null;
        }
    }

    /**
     * Checks the form as the server will: values that are not numbers or dates, IINs without their check digit,
     * then the record's constraints over the form as it would be read. The documents are the screen's to check.
     *
     * @return every field's first problem, in the form's order; none when the form can be submitted
     */
    public List<Problem> check(Validator validator) {
        List<Problem> problems = new ArrayList<>();
        clear(fields);
        checkFormats(fields, problems);
        Optional<?> read = read(formType);
        if (read.isEmpty()) {
            return problems.isEmpty() ? List.of(new Problem(null, "form.error.unreadable", List.of())) : problems;
        }
        Object form = read.get();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            String path = path(violation.getPropertyPath());
            if (path.isEmpty() || FormField.FILLED_BY_THE_SCREEN.contains(path.split("[.\\[]")[0])) {
                continue;
            }
            node(path).filter(n -> n.problem == null).ifPresent(n -> {
                n.problem = problem(n, violation);
                problems.add(n.problem);
            });
        }
        List<Problem> ordered = new ArrayList<>();
        collect(fields, ordered);
        return ordered;
    }

    /** The form as the server reads it (without its documents), or none when it cannot be read so. */
    public <F> Optional<F> read(Class<F> type) {
        try {
            return Optional.ofNullable(JSONB.fromJson(new String(formBytes(List.of()), StandardCharsets.UTF_8), type));
        } catch (JsonbException e) {
            return Optional.empty();
        }
    }

    // Hibernate Validator writes a path as the JSON names it, e.g. personnel[0].iin or subtypes[1].<list element>
    private static String path(Path path) {
        return path.toString().replaceAll("\\.?<[^>]*>", "").replaceAll("\\[\\d+]$", "");
    }

    private static Problem problem(Node node, ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> new Problem(node, "apply.required", List.of());
            case "Size" -> node.field.kind() == FormField.Kind.TEXT
                    ? new Problem(node, "form.error.tooLong", List.of(attributes.get("max")))
                    : node.field.minCount() > 0 && ((List<?>) listOf(node)).isEmpty()
                    ? new Problem(node, "apply.required", List.of())
                    : new Problem(node, "form.error.count", List.of(attributes.get("min"), attributes.get("max")));
            case "Min" -> new Problem(node, "form.error.min", List.of(attributes.get("value")));
            case "Max" -> new Problem(node, "form.error.max", List.of(attributes.get("value")));
            case "PastOrPresent", "Past" -> new Problem(node, "form.error.future", List.of());
            default -> new Problem(node, "apply.invalid", List.of());
        };
    }

    private static List<?> listOf(Node node) {
        return node.field.kind() == FormField.Kind.ROWS ? node.rows : node.field.kind() == FormField.Kind.CHOICES
                ? node.many : numbers(node.text);
    }

    private static void clear(List<Node> nodes) {
        for (Node node : nodes) {
            node.problem = null;
            clear(node.children);
            node.rows.forEach(FormDraft::clear);
        }
    }

    private static void collect(List<Node> nodes, List<Problem> out) {
        for (Node node : nodes) {
            if (node.problem != null) {
                out.add(node.problem);
            }
            collect(node.children, out);
            node.rows.forEach(row -> collect(row, out));
        }
    }

    private static void checkFormats(List<Node> nodes, List<Problem> problems) {
        for (Node node : nodes) {
            if (node.blank() && node.field.kind() == FormField.Kind.NUMBER && node.field.required()) {
                node.problem = new Problem(node, "apply.required", List.of());
                problems.add(node.problem);
            } else if (!node.blank()) {
                String value = node.text.strip();
                switch (node.field.kind()) {
                    case NUMBER -> {
                        if (!value.matches("-?\\d{1,9}")) {
                            node.problem = new Problem(node, "form.error.number", List.of());
                        }
                    }
                    case DATE -> {
                        if (date(value) == null) {
                            node.problem = new Problem(node, "form.error.date", List.of());
                        }
                    }
                    case NUMBERS -> {
                        if (!value.matches("[\\d\\s,;]*")) {
                            node.problem = new Problem(node, "form.error.numbers", List.of());
                        }
                    }
                    case TEXT -> {
                        if ("iin".equals(node.field.name()) && !node.locked) {
                            try {
                                Iin.of(value);
                            } catch (InvalidIdentifierException e) {
                                node.problem = new Problem(node, "form.error.iin", List.of(value));
                            }
                        }
                    }
                    default -> {
                    }
                }
                if (node.problem != null) {
                    problems.add(node.problem);
                }
            }
            checkFormats(node.children, problems);
            node.rows.forEach(row -> checkFormats(row, problems));
        }
    }

    /** A date typed as the ISO date (what a date input sends) or as day.month.year; null when it is neither. */
    public static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip(), DOTTED);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static List<Integer> numbers(String value) {
        List<Integer> numbers = new ArrayList<>();
        if (value != null) {
            for (String token : value.split("[\\s,;]+")) {
                if (token.matches("\\d{1,9}")) {
                    numbers.add(Integer.parseInt(token));
                }
            }
        }
        return numbers;
    }

    /** The form's JSON with these documents: what is signed and submitted. */
    public byte[] formBytes(List<Listed> documents) {
        JsonObjectBuilder form = Json.createObjectBuilder().add("procedure", procedure);
        write(fields, form);
        JsonArrayBuilder docs = Json.createArrayBuilder();
        for (Listed d : documents) {
            JsonObjectBuilder doc = Json.createObjectBuilder().add("kind", d.kind()).add("fileName", d.fileName())
                    .add("sha256", d.sha256());
            if (d.validUntil() != null) {
                doc.add("validUntil", d.validUntil().toString());
            }
            docs.add(doc);
        }
        return form.add("documents", docs).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(List<Node> nodes, JsonObjectBuilder object) {
        for (Node node : nodes) {
            String name = node.field.name();
            String value = node.blank() ? null : node.text.strip();
            switch (node.field.kind()) {
                case TEXT, CHOICE -> {
                    if (value != null) {
                        object.add(name, value);
                    }
                }
                case NUMBER -> {
                    if (value != null && value.matches("-?\\d{1,9}")) {
                        object.add(name, Integer.parseInt(value));
                    }
                }
                case DATE -> {
                    LocalDate date = date(value);
                    if (date != null) {
                        object.add(name, date.toString());
                    }
                }
                case FLAG -> object.add(name, node.flag);
                case CHOICES -> {
                    JsonArrayBuilder codes = Json.createArrayBuilder();
                    node.many.forEach(codes::add);
                    object.add(name, codes);
                }
                case NUMBERS -> {
                    List<Integer> numbers = numbers(value);
                    if (!numbers.isEmpty() || node.field.required()) {
                        JsonArrayBuilder array = Json.createArrayBuilder();
                        numbers.forEach(array::add);
                        object.add(name, array);
                    }
                }
                case GROUP -> {
                    JsonObjectBuilder group = Json.createObjectBuilder();
                    write(node.children, group);
                    object.add(name, group);
                }
                case ROWS -> {
                    // a list the record does not require is left out when empty (a reissue then keeps the sites)
                    if (!node.rows.isEmpty() || node.field.required()) {
                        JsonArrayBuilder rows = Json.createArrayBuilder();
                        for (List<Node> row : node.rows) {
                            JsonObjectBuilder entry = Json.createObjectBuilder();
                            write(row, entry);
                            rows.add(entry);
                        }
                        object.add(name, rows);
                    }
                }
            }
        }
    }

    /** The applicant's name as the form gives it, for the summary. */
    public String applicantName() {
        return fields.stream().filter(n -> IDENTITY_GROUPS.contains(n.field.name())).flatMap(n -> n.children.stream())
                .filter(n -> Set.of("name", "fullName").contains(n.field.name())).map(Node::getText).findFirst()
                .orElse("");
    }
}
