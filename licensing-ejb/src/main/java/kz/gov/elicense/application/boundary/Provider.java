package kz.gov.elicense.application.boundary;

import kz.gov.elicense.configuration.ConfigurationDirectories;

/**
 * The body that provides a service: its name as printed on results ("kk / ru"), its city, and the position of the
 * person who signs. Ministry IT sets the names in {@code licensing.properties}; the defaults are the demo's.
 *
 * @param code           short code of the provider, also the key of its office journals
 * @param name           name printed on results
 * @param city           city of issue
 * @param signerPosition position of the authorised person who signs results
 */
public record Provider(String code, String name, String city, String signerPosition) {

    /** A territorial police department of the Ministry of Internal Affairs (§4.1–4.4). */
    public static Provider internalAffairs() {
        return new Provider("MVD",
                ConfigurationDirectories.setting("licensing.provider.name")
                        .orElse("Астана қаласының Полиция департаменті / Департамент полиции города Астаны"),
                ConfigurationDirectories.setting("licensing.provider.city").orElse("Астана"),
                "Басшы / Руководитель");
    }

    /** The Registration Service and Legal Aid Committee of the Ministry of Justice (§4.5). */
    public static Provider justice() {
        return new Provider("MJ",
                ConfigurationDirectories.setting("licensing.provider.justice.name")
                        .orElse("Қазақстан Республикасы Әділет министрлігінің Тіркеу қызметі және құқықтық көмек көрсету комитеті"
                                + " / Комитет регистрационной службы и оказания правовой помощи Министерства юстиции Республики Казахстан"),
                ConfigurationDirectories.setting("licensing.provider.justice.city").orElse("Астана"),
                "Төраға / Председатель");
    }
}
