package kz.gov.elicense;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Holds the line between components: a component may use another component's boundary (its session beans, the
 * procedure SPI, DTOs) and its entities (value types in those signatures), never its control internals.
 * Read from the sources' imports, so it needs no library.
 */
class ComponentBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/kz/gov/elicense");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?kz\\.gov\\.elicense\\.(\\w+)\\.control\\.",
            Pattern.MULTILINE);

    @Test
    void noComponentReachesIntoAnotherComponentsControl() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String component = SOURCES.relativize(file).getName(0).toString();
                Matcher imports = IMPORT.matcher(read(file));
                while (imports.find()) {
                    if (!imports.group(1).equals(component)) {
                        violations.add(SOURCES.relativize(file) + " uses " + imports.group(1) + ".control");
                    }
                }
            });
        }
        assertEquals(List.of(), violations);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
