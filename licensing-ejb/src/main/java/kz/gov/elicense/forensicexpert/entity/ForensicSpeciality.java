package kz.gov.elicense.forensicexpert.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Kinds of forensic expertise an expert is licensed for, in Kazakh and Russian. The licence names the kind as its
 * special condition: an expert may give conclusions only in the speciality of the diploma the licence was issued on.
 */
public enum ForensicSpeciality {
    HANDWRITING("сот-почерктану сараптамасы", "судебно-почерковедческая экспертиза"),
    DOCUMENTS_TECHNICAL("құжаттардың сот-техникалық сараптамасы", "судебно-техническая экспертиза документов"),
    ECONOMIC("сот-экономикалық сараптама", "судебно-экономическая экспертиза"),
    AUTOTECHNICAL("сот-автотехникалық сараптама", "судебная автотехническая экспертиза"),
    CONSTRUCTION_TECHNICAL("сот-құрылыс-техникалық сараптама", "судебная строительно-техническая экспертиза"),
    COMMODITY("сот-тауартану сараптамасы", "судебно-товароведческая экспертиза"),
    VALUATION("сот-бағалау сараптамасы", "судебно-оценочная экспертиза"),
    PSYCHOLOGICAL("сот-психологиялық сараптама", "судебно-психологическая экспертиза"),
    LINGUISTIC("сот-лингвистикалық сараптама", "судебно-лингвистическая экспертиза"),
    TRACE("сот-трасологиялық сараптама", "судебно-трасологическая экспертиза"),
    BALLISTIC("сот-баллистикалық сараптама", "судебно-баллистическая экспертиза");

    private final String nameKk;
    private final String nameRu;

    ForensicSpeciality(String nameKk, String nameRu) {
        this.nameKk = nameKk;
        this.nameRu = nameRu;
    }

    public String nameKk() {
        return nameKk;
    }

    public String nameRu() {
        return nameRu;
    }

    /** The special condition of licensing printed on the licence: the kind of expertise, "kk / ru". */
    public String licenceCondition() {
        return "Сараптама түрі: " + nameKk + " / Вид экспертизы: " + nameRu;
    }

    public static Optional<ForensicSpeciality> of(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
