package kz.gov.elicense.calendar.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a procedure step may take, as the regulation states it: in working days ("2 WD")
 * or in working time ("6 h", "15 min"). Only working time counts towards either.
 */
public record StepLimit(int amount, Unit unit) {

    public enum Unit {
        WORKING_DAYS("WD"),
        WORKING_HOURS("h"),
        WORKING_MINUTES("min");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private static final Pattern NOTATION = Pattern.compile("([0-9]{1,9})\\s*(WD|h|min)");

    public StepLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("a step limit must be at least 1 " + unit.symbol() + ", but is " + amount);
        }
    }

    public static StepLimit workingDays(int days) {
        return new StepLimit(days, Unit.WORKING_DAYS);
    }

    public static StepLimit workingHours(int hours) {
        return new StepLimit(hours, Unit.WORKING_HOURS);
    }

    public static StepLimit workingMinutes(int minutes) {
        return new StepLimit(minutes, Unit.WORKING_MINUTES);
    }

    /** Reads the notation {@link #toString()} writes, so limits can be kept as text in configuration. */
    public static StepLimit parse(String text) {
        Matcher m = NOTATION.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "step limit '" + text + "' is not a number followed by WD, h or min, such as '2 WD'");
        }
        int amount = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "WD" -> workingDays(amount);
            case "h" -> workingHours(amount);
            default -> workingMinutes(amount);
        };
    }

    /** The moment the step is due when it starts at {@code start}; see {@link WorkingCalendar} for the counting rules. */
    public Instant deadlineFrom(Instant start, WorkingCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.plusWorkingDays(start, amount);
            case WORKING_HOURS -> calendar.plusWorkingTime(start, Duration.ofHours(amount));
            case WORKING_MINUTES -> calendar.plusWorkingTime(start, Duration.ofMinutes(amount));
        };
    }

    @Override
    public String toString() {
        return amount + " " + unit.symbol();
    }
}
