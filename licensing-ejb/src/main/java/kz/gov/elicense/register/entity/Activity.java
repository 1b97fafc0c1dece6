package kz.gov.elicense.register.entity;

/** Kinds of licensed activity, each with the series of its licence numbers. */
public enum Activity {
    SECURITY_ACTIVITY("SEC", "Security activity", "Күзет қызметі", "Охранная деятельность");

    private final String series;
    private final String nameEn;
    private final String nameKk;
    private final String nameRu;

    Activity(String series, String nameEn, String nameKk, String nameRu) {
        this.series = series;
        this.nameEn = nameEn;
        this.nameKk = nameKk;
        this.nameRu = nameRu;
    }

    public String series() {
        return series;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameKk() {
        return nameKk;
    }

    public String nameRu() {
        return nameRu;
    }
}
