package kz.gov.elicense.application.boundary;

/** How one step of a procedure kept its limit: done on time, done late, open and overdue, open in time. */
public record StepTimeliness(String procedure, String step, long onTime, long late, long openOverdue, long openInTime) {
}
