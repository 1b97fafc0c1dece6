package kz.gov.elicense.application.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import kz.gov.elicense.configuration.ConfigurationDirectories;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * The clock of {@link HeldSignatures#retryAll}: a calendar timer on whole multiples of the period (so that the nodes
 * of a cluster tick together and {@code OncePerCluster} gives each tick to one of them). The period is
 * {@code licensing.held-signatures.retry-seconds} (default 60): a divisor of 60 seconds, or whole minutes dividing an
 * hour; anything else falls back to the minute.
 */
@Singleton
@Startup
public class HeldSignatureSchedule {

    private static final Logger LOG = Logger.getLogger(HeldSignatureSchedule.class.getName());
    static final String SETTING = "licensing.held-signatures.retry-seconds";

    @Resource
    TimerService timers;

    @EJB
    HeldSignatures held;

    private Duration period;

    @PostConstruct
    void schedule() {
        period = period(ConfigurationDirectories.setting(SETTING).orElse(null));
        timers.createCalendarTimer(expression(period), new TimerConfig("held-signatures", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        held.retryAll(period);
    }

    /** The period a setting asks for, or the minute when it is missing or not one the calendar can keep. */
    static Duration period(String setting) {
        if (setting == null) {
            return Duration.ofMinutes(1);
        }
        try {
            long seconds = Long.parseLong(setting);
            if (seconds > 0 && (seconds < 60 && 60 % seconds == 0 || seconds % 60 == 0 && 60 % (seconds / 60) == 0)) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> SETTING + "=" + setting + " is not a divisor of 60 seconds or of an hour in minutes: "
                + "the held signatures are retried every minute");
        return Duration.ofMinutes(1);
    }

    /** Every {@code period}, on its whole multiples of the hour. */
    static ScheduleExpression expression(Duration period) {
        long seconds = period.toSeconds();
        ScheduleExpression expression = new ScheduleExpression().hour("*");
        return seconds < 60 ? expression.minute("*").second("*/" + seconds)
                : expression.minute("*/" + seconds / 60).second("0");
    }
}
