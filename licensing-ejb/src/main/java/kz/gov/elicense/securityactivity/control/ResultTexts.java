package kz.gov.elicense.securityactivity.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.configuration.ConfigurationDirectories;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.LicenceNumber;
import kz.gov.elicense.signature.entity.SignerIdentity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The texts of the results in the state language and in Russian, following the templates of the regulations
 * (annex 3 of seed 004): the state licence and the motivated refusal. Signed as they are; the PDF rendering
 * comes with the licence-document work.
 */
@ApplicationScoped
public class ResultTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public String providerName() {
        return ConfigurationDirectories.setting("licensing.provider.name")
                .orElse("Астана қаласының Полиция департаменті / Департамент полиции города Астаны");
    }

    public String city() {
        return ConfigurationDirectories.setting("licensing.provider.city").orElse("Астана");
    }

    public String licence(Application application, LicenceNumber number, LocalDate issueDate, SignerIdentity head) {
        Activity activity = Activity.SECURITY_ACTIVITY;
        return """
                МЕМЛЕКЕТТІК ЛИЦЕНЗИЯ
                %1$s (БСН %2$s) "Лицензиялау туралы" Қазақстан Республикасының Заңына сәйкес \
                %3$s айналысуға берілді.
                Лицензиарның басшысы (уәкілетті адамы): %4$s
                Берілген күні: %5$s
                Лицензияның нөмірі: %6$s
                Қала: %7$s

                ГОСУДАРСТВЕННАЯ ЛИЦЕНЗИЯ
                %1$s (БИН %2$s) выдана в соответствии с Законом Республики Казахстан "О лицензировании" \
                на занятие: %8$s.
                Руководитель (уполномоченное лицо) лицензиара: %4$s
                Дата выдачи: %5$s
                Номер лицензии: %6$s
                Город: %7$s

                Лицензиар / Лицензиар: %9$s
                Өтініш / Заявление: %10$s
                """.formatted(application.applicantName(), application.applicantId(), activity.nameKk().toLowerCase(),
                head.surnameAndInitials(), DATE.format(issueDate), number.value(), city(), activity.nameRu().toLowerCase(),
                providerName(), application.number());
    }

    public String motivatedRefusal(Application application, SignerIdentity head) {
        LocalDate applied = LocalDate.ofInstant(application.submittedAt(), ZoneId.of("Asia/Almaty"));
        return """
                ДӘЛЕЛДІ БАС ТАРТУ
                %1$s
                %2$s Сіздің %3$s жылғы № %4$s өтінішіңізді қарап, мынаны хабарлайды: %5$s
                %6$s

                МОТИВИРОВАННЫЙ ОТКАЗ
                %1$s
                %2$s, рассмотрев Ваше заявление от %3$s года № %4$s, сообщает следующее: %5$s
                %6$s
                """.formatted(application.applicantName(), providerName(), DATE.format(applied), application.number(),
                application.refusalReason(), head.fullName());
    }
}
