package kz.gov.elicense.application.boundary;

import java.util.List;

/** A service as its procedure declares it, for the portal's and the officers' screens. */
public record ServiceDescription(String code, String title, String applicantKind, String provider,
                                 int totalTermWorkingDays, String positiveResult, boolean paperResult, boolean feeRequired,
                                 List<Step> steps, List<Document> checklist) {

    public record Step(String code, String role, String limit, String description) {
    }

    public record Document(String kind, boolean required, String description) {
    }
}
