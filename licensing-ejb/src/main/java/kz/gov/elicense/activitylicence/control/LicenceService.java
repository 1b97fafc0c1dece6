package kz.gov.elicense.activitylicence.control;

import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.StepLimit;
import kz.gov.elicense.register.entity.Activity;

import java.util.List;

/**
 * The four services around a licence with annexes (seed 003, annexes 2 and 3, item 3: "a licence and/or an annex to
 * the licence, reissue, a duplicate of the licence and/or of an annex"), each with its term and steps.
 *
 * <p>The seed gives one sequence of steps (item 5): the office receives and registers, 15 min; the head determines
 * the executor, 2 h; the executor checks completeness, 2 WD, then prepares the licence or the motivated refusal,
 * 13 WD; the authorised person signs it and its cover letter, 3 h; the office records it in the outgoing journal,
 * 15 min. The executor's whole review is 15 WD (item 8), the term of an issue. The seed gives no separate terms for a
 * reissue or a duplicate, so they have the terms of §2 (10 and 2 WD), and the executor's two steps are shortened so
 * that his whole review fills that term the way 2 + 13 WD fill the issue's 15 (the short steps of the office and the
 * head come on top, as they do in the seed).
 */
public enum LicenceService {
    ISSUE(15, 2, 13, "", ResultKind.LICENCE),
    /** A new annex to a licence already held is issued as a licence is: same steps, same term (seed item 3). */
    ANNEX(15, 2, 13, "A", ResultKind.LICENCE),
    REISSUE(10, 2, 8, "R", ResultKind.LICENCE),
    DUPLICATE(2, 1, 1, "D", ResultKind.DUPLICATE);

    private final int totalTermWorkingDays;
    private final List<StepDefinition> steps;
    private final String prefixSuffix;
    private final ResultKind positiveResult;

    LicenceService(int totalTermWorkingDays, int completenessWorkingDays, int reviewWorkingDays, String prefixSuffix,
                   ResultKind positiveResult) {
        this.totalTermWorkingDays = totalTermWorkingDays;
        this.prefixSuffix = prefixSuffix;
        this.positiveResult = positiveResult;
        this.steps = List.of(
                new StepDefinition(StepCode.RECEIPT, OfficerRole.CLERK, StepLimit.workingMinutes(15),
                        "The office accepts the documents and registers them in the incoming journal"),
                new StepDefinition(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(2),
                        "The head of the provider determines the executor by resolution"),
                new StepDefinition(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR,
                        StepLimit.workingDays(completenessWorkingDays),
                        "The executor checks the completeness of the materials"),
                // the gateway's answers are part of the executor's review: the report keeps this step's deadline
                new StepDefinition(StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR,
                        StepLimit.workingDays(reviewWorkingDays),
                        "Checks through the gateway: state registration of the legal entity, licence fee"),
                new StepDefinition(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR,
                        StepLimit.workingDays(reviewWorkingDays),
                        "The executor prepares the result or a motivated refusal (within the review's "
                                + reviewWorkingDays + " WD)").sharingPreviousLimit(),
                new StepDefinition(StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(3),
                        "The authorised person signs the result and its cover letter, or the motivated refusal"),
                new StepDefinition(StepCode.DISPATCH, OfficerRole.CLERK, StepLimit.workingMinutes(15),
                        "The office records the result in the outgoing journal and sends it"));
    }

    public int totalTermWorkingDays() {
        return totalTermWorkingDays;
    }

    public List<StepDefinition> steps() {
        return steps;
    }

    /** Appended to the activity's prefix of application numbers: WPN, WPNA, WPNR, WPND. */
    public String prefixSuffix() {
        return prefixSuffix;
    }

    public ResultKind positiveResult() {
        return positiveResult;
    }

    /** The service's name, "kk / ru", built on the activity's official name. */
    public String title(Activity activity) {
        // the activity's Kazakh name ends in "қызмет", its Russian one starts with "Деятельность"
        String kk = activity.nameKk();
        String ru = "деятельность" + activity.nameRu().substring("Деятельность".length());
        return switch (this) {
            case ISSUE -> kk + "ке лицензия беру / Выдача лицензии на " + ru;
            case ANNEX -> kk + "ке лицензияға қосымша беру / Выдача приложения к лицензии на " + ru;
            case REISSUE -> kk + "ке лицензияны қайта ресімдеу / Переоформление лицензии на " + ru;
            case DUPLICATE -> kk + "ке лицензияның телнұсқасын беру / Выдача дубликата лицензии на " + ru;
        };
    }
}
