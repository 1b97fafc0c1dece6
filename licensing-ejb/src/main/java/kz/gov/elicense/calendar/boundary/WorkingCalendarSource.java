package kz.gov.elicense.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import kz.gov.elicense.calendar.entity.MalformedCalendarFileException;
import kz.gov.elicense.calendar.entity.WorkingCalendar;
import kz.gov.elicense.calendar.entity.WorkingCalendarFile;
import kz.gov.elicense.configuration.ConfigurationDirectories;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * The working calendar the application computes deadlines with, read from the file named by the system
 * property {@value #FILE_PROPERTY} (or the environment variable {@value #FILE_VARIABLE}) and re-read when
 * the administrator changes it, so that a new decree takes effect without a redeployment.
 *
 * <p>There is deliberately no fallback to weekends only: a deadline that ignores holidays is wrong in law,
 * so without a readable file {@link #current()} fails. An edit that does not parse is logged and the
 * last good calendar stays in use.
 */
@ApplicationScoped
public class WorkingCalendarSource {

    public static final String FILE_PROPERTY = "licensing.calendar.file";
    public static final String FILE_VARIABLE = "LICENSING_CALENDAR_FILE";

    private static final System.Logger LOG = System.getLogger(WorkingCalendarSource.class.getName());

    private final Path file;
    private WorkingCalendar calendar;
    private FileTime loadedVersion;

    public WorkingCalendarSource() {
        this(configuredFile());
    }

    /** @param file null when none is configured */
    WorkingCalendarSource(Path file) {
        this.file = file;
    }

    /** Reads the calendar at deployment, so that a missing or broken file fails the deployment, not a step. */
    void loadAtStartup(@Observes Startup startup) {
        current();
    }

    public synchronized WorkingCalendar current() {
        if (file == null) {
            throw new IllegalStateException("no working calendar file configured: set the system property "
                    + FILE_PROPERTY + " or the environment variable " + FILE_VARIABLE);
        }
        try {
            FileTime version = Files.getLastModifiedTime(file);
            if (calendar == null || !version.equals(loadedVersion)) {
                reload(version);
            }
        } catch (IOException e) {
            if (calendar == null) {
                throw new IllegalStateException("cannot read working calendar " + file + ": " + e, e);
            }
            LOG.log(Level.ERROR, "cannot read working calendar {0}, keeping the one loaded before: {1}", file, e);
        }
        return calendar;
    }

    private void reload(FileTime version) throws IOException {
        try {
            WorkingCalendar loaded = WorkingCalendar.load(file);
            calendar = loaded;
            LOG.log(Level.INFO, "loaded working calendar {0} covering {1}", file, loaded.coveredYears());
        } catch (MalformedCalendarFileException e) {
            if (calendar == null) {
                throw new IllegalStateException("working calendar cannot be used: " + e.getMessage(), e);
            }
            LOG.log(Level.ERROR, "working calendar {0} was not reloaded, keeping the one loaded before: {1}",
                    file, e.getMessage());
        }
        loadedVersion = version; // also for a bad edit, so it is reported once and not on every call
    }

    private static Path configuredFile() {
        return ConfigurationDirectories.setting(FILE_PROPERTY).map(Path::of)
                .orElseGet(() -> ConfigurationDirectories.configDir().resolve("calendar").resolve("working-calendar.txt"));
    }
}
