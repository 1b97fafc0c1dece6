package kz.gov.elicense.audit.entity;

import java.util.List;

/** The verdict on the whole trail: valid only when there is no problem; problems in sequence order. */
public record AuditVerification(boolean valid, long entries, long checkpoints, AuditProblem first,
                                List<AuditProblem> problems) {

    public static AuditVerification of(long entries, long checkpoints, List<AuditProblem> problems) {
        return new AuditVerification(problems.isEmpty(), entries, checkpoints,
                problems.isEmpty() ? null : problems.get(0), List.copyOf(problems));
    }
}
