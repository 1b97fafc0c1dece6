package kz.gov.elicense.calendar.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text working calendar that a ministry administrator edits without a rebuild. UTF-8,
 * one entry per line; {@code #} starts a comment; blank lines are ignored:
 *
 * <pre>
 * zone = Asia/Almaty                      # optional, this is the default
 * hours = 09:00-13:00, 14:30-18:30        # optional, this is the default
 * holiday 2026-01-01 New Year             # public holiday
 * dayoff  2026-03-09 8 March fell on a Sunday   # extra day off on a weekday
 * workday 2025-01-05 for Friday 3 January # Saturday or Sunday decreed a working day
 * </pre>
 *
 * The text after a date is a free description. Each date may appear once. Any line that does not fit
 * fails the whole file, naming the line, so that a typo never silently changes deadlines.
 */
public final class WorkingCalendarFile {

    private static final Pattern SETTING = Pattern.compile("(\\S+)\\s*=\\s*(.*)");
    private static final Pattern DAY = Pattern.compile("(\\S+)(?:\\s+(\\S+)(?:\\s+(.*))?)?");
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
    private static final String EXPECTED =
            "expected 'zone = <region>', 'hours = <HH:MM-HH:MM>, ...', or 'holiday', 'dayoff' or 'workday' and a date";

    private final String source;
    private ZoneId zone;
    private WorkingHours hours;
    private int zoneLine;
    private int hoursLine;
    private final List<CalendarDay> days = new ArrayList<>();
    private final Map<LocalDate, Integer> lineOfDate = new HashMap<>();

    private WorkingCalendarFile(String source) {
        this.source = source;
    }

    public static WorkingCalendarData read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new WorkingCalendarFile(file.toString()).parseAll(reader);
        }
    }

    /** Errors name only the line number, as there is no file name to give. */
    public static WorkingCalendarData parse(Reader reader) throws IOException {
        return new WorkingCalendarFile(null).parseAll(reader);
    }

    private WorkingCalendarData parseAll(Reader reader) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // byte-order mark that Windows editors like to add
            }
            int comment = line.indexOf('#');
            String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!entry.isEmpty()) {
                parseEntry(entry, lineNumber);
            }
        }
        return new WorkingCalendarData(
                zone != null ? zone : WorkingCalendarData.KAZAKHSTAN,
                hours != null ? hours : WorkingHours.CIVIL_SERVICE,
                days);
    }

    private void parseEntry(String entry, int lineNumber) {
        Matcher setting = SETTING.matcher(entry);
        if (setting.matches()) {
            parseSetting(setting.group(1).toLowerCase(Locale.ROOT), setting.group(2).strip(), lineNumber);
            return;
        }
        Matcher day = DAY.matcher(entry);
        if (!day.matches()) {
            throw error(lineNumber, EXPECTED); // unreachable for non-blank text, kept as a guard
        }
        String keyword = day.group(1).toLowerCase(Locale.ROOT);
        CalendarDay.Kind kind = switch (keyword) {
            case "holiday" -> CalendarDay.Kind.PUBLIC_HOLIDAY;
            case "dayoff" -> CalendarDay.Kind.TRANSFERRED_DAY_OFF;
            case "workday" -> CalendarDay.Kind.WORKING_WEEKEND_DAY;
            case "zone", "hours" -> throw error(lineNumber, "'" + keyword + "' needs '=' and a value");
            default -> throw error(lineNumber, "unknown entry '" + day.group(1) + "'; " + EXPECTED);
        };
        if (day.group(2) == null) {
            throw error(lineNumber, "'" + keyword + "' needs a date YYYY-MM-DD");
        }
        LocalDate date = parseDate(day.group(2), lineNumber);
        Integer earlier = lineOfDate.putIfAbsent(date, lineNumber);
        if (earlier != null) {
            throw error(lineNumber, date + " is already listed on line " + earlier);
        }
        try {
            days.add(new CalendarDay(date, kind, day.group(3)));
        } catch (IllegalArgumentException e) {
            throw error(lineNumber, e.getMessage());
        }
    }

    private void parseSetting(String name, String value, int lineNumber) {
        switch (name) {
            case "zone" -> {
                if (zone != null) {
                    throw error(lineNumber, "zone is already set on line " + zoneLine);
                }
                zone = parseZone(value, lineNumber);
                zoneLine = lineNumber;
            }
            case "hours" -> {
                if (hours != null) {
                    throw error(lineNumber, "hours are already set on line " + hoursLine);
                }
                hours = parseHours(value, lineNumber);
                hoursLine = lineNumber;
            }
            default -> throw error(lineNumber, "unknown setting '" + name + "'; only 'zone' and 'hours' can be set");
        }
    }

    private ZoneId parseZone(String value, int lineNumber) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw error(lineNumber, "'" + value + "' is not a time zone such as Asia/Almaty");
        }
    }

    private WorkingHours parseHours(String value, int lineNumber) {
        List<WorkingPeriod> periods = new ArrayList<>();
        for (String text : value.split(",", -1)) {
            Matcher period = PERIOD.matcher(text.strip());
            if (!period.matches()) {
                throw error(lineNumber, "working period '" + text.strip() + "' is not HH:MM-HH:MM");
            }
            try {
                periods.add(WorkingPeriod.of(parseTime(period.group(1)), parseTime(period.group(2))));
            } catch (DateTimeParseException e) {
                throw error(lineNumber, "working period '" + text.strip() + "' has a time that does not exist");
            } catch (IllegalArgumentException e) {
                throw error(lineNumber, e.getMessage());
            }
        }
        try {
            return new WorkingHours(periods);
        } catch (IllegalArgumentException e) {
            throw error(lineNumber, e.getMessage());
        }
    }

    private static LocalTime parseTime(String text) {
        return LocalTime.parse(text.length() == 4 ? "0" + text : text); // accepts 9:00 as well as 09:00
    }

    private LocalDate parseDate(String text, int lineNumber) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(lineNumber, "'" + text + "' is not a date YYYY-MM-DD");
        }
    }

    private MalformedCalendarFileException error(int lineNumber, String problem) {
        return new MalformedCalendarFileException(source, lineNumber, problem);
    }
}
