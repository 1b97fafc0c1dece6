package kz.gov.elicense.document.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What every result document says about itself as an electronic document, and how it writes dates. */
final class ElectronicDocument {

    /** The standard e-government footnote: an EDS-signed electronic document equals a signed paper one. */
    static final String STATEMENT_KK = "Осы құжат «Электрондық құжат және электрондық цифрлық қолтаңба туралы» "
            + "Қазақстан Республикасының 2003 жылғы 7 қаңтардағы Заңының 7-бабының 1-тармағына сәйкес қағаз "
            + "жеткізгіштегі құжатпен бірдей.";
    static final String STATEMENT_RU = "Данный документ согласно пункту 1 статьи 7 Закона Республики Казахстан "
            + "от 7 января 2003 года «Об электронном документе и электронной цифровой подписи» равнозначен "
            + "документу на бумажном носителе.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    private ElectronicDocument() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
