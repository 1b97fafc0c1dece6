package kz.gov.elicense.application.entity;

/**
 * Fits an explanatory text into its column. Reasons composed by the system (signature checks, registry answers)
 * can grow; a long explanation must never roll back the transaction that records it.
 */
public final class BoundedText {

    private BoundedText() {
    }

    public static String fit(String text, int columnLength) {
        if (text == null || text.length() <= columnLength) {
            return text;
        }
        return text.substring(0, columnLength - 1) + "…";
    }
}
