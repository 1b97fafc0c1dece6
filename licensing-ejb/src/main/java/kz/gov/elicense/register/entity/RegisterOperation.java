package kz.gov.elicense.register.entity;

/** Operations of the licence register (regulation §5), each recorded in the licence's history. */
public enum RegisterOperation {
    ISSUE,
    SUSPEND,
    RESUME,
    TERMINATE,
    /** The licence is reissued (переоформление) on one of the {@link ReissueReason}s; the number stays. */
    REISSUE,
    /** A duplicate of the licence document is issued (the original was lost or damaged). */
    DUPLICATE,
    ANNEX_ISSUE,
    ANNEX_REISSUE,
    ANNEX_DUPLICATE
}
