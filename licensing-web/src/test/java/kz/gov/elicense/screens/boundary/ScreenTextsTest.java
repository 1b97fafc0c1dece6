package kz.gov.elicense.screens.boundary;

import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.SignatureStatus;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.journal.entity.DispatchMethod;
import kz.gov.elicense.register.entity.LicenceStatus;
import kz.gov.elicense.register.entity.ReissueReason;
import kz.gov.elicense.register.entity.RegisterOperation;
import kz.gov.elicense.register.entity.SiteKind;
import kz.gov.elicense.weaponregistration.entity.PermitKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text of the screens exists in all three languages, and every code the screens show has a name in each. */
class ScreenTextsTest {

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ScreenTextsTest.class.getResourceAsStream(
                "/" + Texts.BUNDLE.replace('.', '/') + "_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void eachLanguageHasExactlyTheKeysOfKazakh(String language) throws IOException {
        assertEquals(new TreeSet<>(bundle("kk").stringPropertyNames()),
                new TreeSet<>(bundle(language).stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void everyCodeOnTheScreensHasAName(String language) throws IOException {
        Properties texts = bundle(language);
        List<String> missing = new ArrayList<>();
        Stream.of(
                keys("licenceStatus", LicenceStatus.values()), keys("annexStatus", LicenceStatus.values()),
                keys("activity", Activity.values()), keys("site", SiteKind.values()),
                keys("operation", RegisterOperation.values()), keys("applicationStatus", ApplicationStatus.values()),
                keys("step", StepCode.values()), keys("channel", Channel.values()),
                keys("signatureStatus", SignatureStatus.values()), keys("result", ResultKind.values()),
                keys("registry", CheckKind.values()), keys("outcome", CheckOutcome.values()),
                keys("document", DocumentKind.values()),
                // the codes inside a step's outcome (StepOutcome)
                keys("dispatch", DispatchMethod.values()), keys("reason", ReissueReason.values()),
                keys("choice.permitKind", PermitKind.values()),
                Arrays.stream(OfficerRole.values()).map(r -> "role." + r.securityRole()).toList())
                .flatMap(List::stream)
                .filter(key -> texts.getProperty(key, "").isBlank())
                .forEach(missing::add);
        assertTrue(missing.isEmpty(), language + " lacks " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void theStateAndOfficialLanguagesAreNotLeftInEnglish(String language) throws IOException {
        Properties english = bundle("en");
        Properties texts = bundle(language);
        // names that read the same in every language, such as the API's name, may repeat English
        Set<String> alike = Set.of("footer.api", "licence.pdf", "site.OBJECT");
        List<String> untranslated = texts.stringPropertyNames().stream()
                .filter(key -> !alike.contains(key) && texts.getProperty(key).equals(english.getProperty(key)))
                .sorted().toList();
        assertTrue(untranslated.isEmpty(), language + " repeats English in " + untranslated);
    }

    private static List<String> keys(String group, Enum<?>[] codes) {
        return Arrays.stream(codes).map(c -> group + "." + c.name()).toList();
    }
}
