package kz.gov.elicense.forensicexpert.control;

import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.StepLimit;

import java.util.List;

/**
 * The three services of Ministry of Justice order No. 41 (seed 004): the issue, the reissue and the duplicate of a
 * forensic expert licence. The order gives them one sequence of steps (items 7 and 9): the office registers the
 * documents, 1 WD; the head of the legal services and licensing department instructs the department's expert, 1 WD;
 * the expert reviews the application, enters the register record and drafts the result, <b>15 WD for an issue and a
 * reissue, 2 WD for a duplicate</b>; the head of the provider signs, 1 WD; the office sends the result, 1 WD. Only the
 * expert's review differs between the services.
 *
 * <p>Annex 1, table 1 gives the review 12 WD. The table only describes the paragraphs, and the paragraphs say 15 twice,
 * so the rule is 15 WD. The review is one regulation step: the completeness check, the registry checks and the draft
 * result share its deadline rather than each getting the whole of it.
 *
 * <p>The service's whole term is that of the law on licensing (§2): 15 WD for an issue, 10 for a reissue, 2 for a
 * duplicate. The order's steps add up to more than that; the case is due at the law's term and each step at its own
 * limit, so an overrun shows on whichever comes first.
 */
public enum ForensicExpertService {
    ISSUE("FORENSIC_EXPERT_ISSUE", "FEX", 15, 15, ResultKind.LICENCE, "the licence",
            "Сот-сараптама қызметін жүзеге асыруға лицензия беру",
            "Выдача лицензии на осуществление судебно-экспертной деятельности"),
    REISSUE("FORENSIC_EXPERT_REISSUE", "FEXR", 10, 15, ResultKind.LICENCE, "the reissued licence",
            "Сот-сараптама қызметін жүзеге асыруға лицензияны қайта ресімдеу",
            "Переоформление лицензии на осуществление судебно-экспертной деятельности"),
    DUPLICATE("FORENSIC_EXPERT_DUPLICATE", "FEXD", 2, 2, ResultKind.DUPLICATE, "the duplicate of the licence",
            "Сот-сараптама қызметін жүзеге асыруға лицензияның телнұсқасын беру",
            "Выдача дубликата лицензии на осуществление судебно-экспертной деятельности");

    private final ProcedureType type;
    private final String numberPrefix;
    private final int totalTermWorkingDays;
    private final StepLimit expertReview;
    private final ResultKind positiveResult;
    private final String title;
    private final List<StepDefinition> steps;

    ForensicExpertService(String code, String numberPrefix, int totalTermWorkingDays, int expertReviewWorkingDays,
                          ResultKind positiveResult, String result, String titleKk, String titleRu) {
        this.type = ProcedureType.of(code);
        this.numberPrefix = numberPrefix;
        this.totalTermWorkingDays = totalTermWorkingDays;
        this.expertReview = StepLimit.workingDays(expertReviewWorkingDays);
        this.positiveResult = positiveResult;
        this.title = titleKk + " / " + titleRu;
        this.steps = List.of(
                new StepDefinition(StepCode.RECEIPT, OfficerRole.CLERK, StepLimit.workingDays(1),
                        "The office registers the documents with the registration stamp in the state language (date of"
                                + " receipt and incoming number) and sends them to the head of the legal services and"
                                + " licensing department"),
                new StepDefinition(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_UNIT, StepLimit.workingDays(1),
                        "The head of the legal services and licensing department sends the documents to the"
                                + " department's expert with an instruction"),
                new StepDefinition(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, expertReview,
                        "The department's expert reviews the application: completeness of the documents"),
                new StepDefinition(StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, expertReview,
                        "Identity in the individuals database and criminal record in the special accounts, through"
                                + " the gateway (within the expert's review)").sharingPreviousLimit(),
                new StepDefinition(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, expertReview,
                        "The expert drafts " + result + " and its register entry, or the refusal conclusion, and"
                                + " sends it to the head for signature (within the expert's review)")
                        .sharingPreviousLimit(),
                new StepDefinition(StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingDays(1),
                        "The head of the provider signs " + result + " or the refusal conclusion with the EDS"),
                new StepDefinition(StepCode.DISPATCH, OfficerRole.CLERK, StepLimit.workingDays(1),
                        "The office sends the result to the applicant's address by post; a portal application's"
                                + " result goes to the personal cabinet by itself"));
    }

    public ProcedureType type() {
        return type;
    }

    /** Prefix of the service's application numbers: FEX, FEXR, FEXD. */
    public String numberPrefix() {
        return numberPrefix;
    }

    public int totalTermWorkingDays() {
        return totalTermWorkingDays;
    }

    /** The expert's review: 15 WD for an issue and a reissue, 2 WD for a duplicate. */
    public StepLimit expertReview() {
        return expertReview;
    }

    public ResultKind positiveResult() {
        return positiveResult;
    }

    /** The service's name, "kk / ru". */
    public String title() {
        return title;
    }

    public List<StepDefinition> steps() {
        return steps;
    }
}
