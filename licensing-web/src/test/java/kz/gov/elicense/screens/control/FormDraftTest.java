package kz.gov.elicense.screens.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import kz.gov.elicense.activitylicence.boundary.AnnexForm;
import kz.gov.elicense.activitylicence.boundary.DuplicateForm;
import kz.gov.elicense.activitylicence.boundary.LicenceIssueForm;
import kz.gov.elicense.activitylicence.boundary.ReissueForm;
import kz.gov.elicense.forensicexpert.boundary.ForensicExpertDuplicateForm;
import kz.gov.elicense.forensicexpert.boundary.ForensicExpertLicenceForm;
import kz.gov.elicense.forensicexpert.boundary.ForensicExpertReissueForm;
import kz.gov.elicense.forensicexpert.entity.ForensicSpeciality;
import kz.gov.elicense.pyrotechnics.entity.PyrotechnicsSubtype;
import kz.gov.elicense.securityactivity.boundary.SecurityLicenceDuplicateForm;
import kz.gov.elicense.securityactivity.boundary.SecurityLicenceForm;
import kz.gov.elicense.securityactivity.boundary.SecurityLicenceReissueForm;
import kz.gov.elicense.weaponregistration.boundary.WeaponRegistrationForm;
import kz.gov.elicense.weaponregistration.boundary.WeaponReregistrationForm;
import kz.gov.elicense.weaponslicence.entity.WeaponsSubtype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every service's form is made from its record: each field has its input, its label in every language and the names
 * of its codes; the JSON written is what the record reads; and the record's own constraints tell which field is wrong.
 */
class FormDraftTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Map<String, List<String>> SUBTYPES = Map.of("subtypes", Stream.concat(
            Arrays.stream(WeaponsSubtype.values()).map(Enum::name),
            Arrays.stream(PyrotechnicsSubtype.values()).map(Enum::name)).toList());
    private static final Map<String, List<String>> SPECIALITIES = Map.of("speciality", ForensicSpeciality.codes());

    /** The form records of the sixteen services, with the codes their declarations give. */
    private static final Map<Class<?>, Map<String, List<String>>> FORMS = Map.ofEntries(
            Map.entry(SecurityLicenceForm.class, Map.of()), Map.entry(SecurityLicenceReissueForm.class, Map.of()),
            Map.entry(SecurityLicenceDuplicateForm.class, Map.of()),
            Map.entry(WeaponRegistrationForm.class, Map.of()), Map.entry(WeaponReregistrationForm.class, Map.of()),
            Map.entry(LicenceIssueForm.class, SUBTYPES), Map.entry(AnnexForm.class, SUBTYPES),
            Map.entry(ReissueForm.class, SUBTYPES), Map.entry(DuplicateForm.class, SUBTYPES),
            Map.entry(ForensicExpertLicenceForm.class, SPECIALITIES),
            Map.entry(ForensicExpertReissueForm.class, Map.of()), Map.entry(ForensicExpertDuplicateForm.class, Map.of()));

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = FormDraftTest.class.getResourceAsStream(
                "/kz/gov/elicense/screens/messages_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void everyFieldOfEveryFormHasItsLabelAndEveryCodeItsName(String language) throws IOException {
        Properties texts = bundle(language);
        List<String> missing = new ArrayList<>();
        FORMS.forEach((form, choices) -> FormField.of(form, choices).forEach(f -> labels(f, texts, missing)));
        assertTrue(missing.isEmpty(), language + " lacks " + missing);
    }

    private static void labels(FormField field, Properties texts, List<String> missing) {
        if (field.labelKeys().stream().noneMatch(texts::containsKey)) {
            missing.add(field.labelKeys().get(0));
        }
        field.choices().stream().map(code -> field.choiceGroup() + "." + code).filter(k -> !texts.containsKey(k))
                .forEach(missing::add);
        field.children().forEach(child -> labels(child, texts, missing));
    }

    @Test
    void theFieldsKindsComeFromTheRecord() {
        Map<String, FormField> fields = byName(FormField.of(ForensicExpertLicenceForm.class, SPECIALITIES));
        assertFalse(fields.containsKey("procedure") || fields.containsKey("documents"), "the screen fills those in");
        assertEquals(FormField.Kind.GROUP, fields.get("expert").kind());
        assertEquals(FormField.Kind.CHOICE, fields.get("speciality").kind());
        assertEquals(ForensicSpeciality.codes(), fields.get("speciality").choices(), "the declaration's codes");
        assertEquals(FormField.Kind.NUMBER, fields.get("experienceYears").kind());
        assertEquals(FormField.Kind.FLAG, fields.get("internshipConclusionElectronic").kind());
        assertEquals(FormField.Kind.TEXT, byName(fields.get("diploma").children()).get("speciality").kind(),
                "the diploma's speciality is its own text, not the licence's kind of expertise");
        FormField issuedOn = byName(fields.get("diploma").children()).get("issuedOn");
        assertEquals(FormField.Kind.DATE, issuedOn.kind());
        assertTrue(issuedOn.required());
        FormField fullName = byName(fields.get("expert").children()).get("fullName");
        assertEquals(300, fullName.maxLength());

        Map<String, FormField> licence = byName(FormField.of(LicenceIssueForm.class, SUBTYPES));
        assertEquals(FormField.Kind.CHOICES, licence.get("subtypes").kind());
        assertEquals(FormField.Kind.ROWS, licence.get("sites").kind());
        assertEquals(List.of("BRANCH", "OBJECT"), byName(licence.get("sites").children()).get("kind").choices());
        assertEquals(FormField.Kind.NUMBERS, byName(FormField.of(DuplicateForm.class, SUBTYPES)).get("annexes").kind());
        assertEquals(List.of("STORE", "STORE_AND_CARRY"),
                byName(FormField.of(WeaponRegistrationForm.class, Map.of())).get("permitKind").choices());
    }

    @Test
    void aFilledWeaponRegistrationIsTheJsonItsRecordReads() {
        FormDraft draft = new FormDraft("WEAPON_REGISTRATION", WeaponRegistrationForm.class, Map.of());
        draft.lockIdentity("800101300125");
        draft.node("applicant.id").orElseThrow().setText("999999999999");
        fill(draft, Map.of("applicant.name", "Ахметов Ерлан", "applicant.address", " Астана, Мәңгілік Ел, 8 ",
                "permitKind", "STORE_AND_CARRY", "weapon.type", "SMOOTHBORE_HUNTING", "weapon.make", "ИЖ",
                "weapon.model", "27М", "weapon.calibre", "12/70", "weapon.serialNumber", "S-1",
                "weapon.yearOfManufacture", "2019"));
        assertTrue(draft.check(VALIDATOR).isEmpty());

        LocalDate until = LocalDate.of(2027, 6, 1);
        JsonObject json = json(draft.formBytes(List.of(new FormDraft.Listed("MEDICAL_CERTIFICATE", "medical.pdf",
                "a".repeat(64), until))));
        assertEquals("WEAPON_REGISTRATION", json.getString("procedure"));
        assertEquals("800101300125", json.getJsonObject("applicant").getString("id"), "the identity is locked");
        assertEquals("Астана, Мәңгілік Ел, 8", json.getJsonObject("applicant").getString("address"));
        assertFalse(json.getJsonObject("applicant").containsKey("phone"), "an empty optional field is left out");
        assertEquals(2019, json.getJsonObject("weapon").getInt("yearOfManufacture"));
        assertEquals("2027-06-01", json.getJsonArray("documents").getJsonObject(0).getString("validUntil"));
        WeaponRegistrationForm read = draft.read(WeaponRegistrationForm.class).orElseThrow();
        assertEquals("S-1", read.serialNumber());
    }

    @Test
    void eachWrongFieldIsToldByItsPathAsTheServerWouldRefuseIt() {
        FormDraft draft = new FormDraft("SECURITY_ACTIVITY_ISSUE", SecurityLicenceForm.class, Map.of());
        draft.lockIdentity("150440001011");
        fill(draft, Map.of("applicant.legalAddress", "Астана", "applicant.email", "not an address",
                "head.iin", "123456789012", "head.fullName", "Басшы"));
        FormDraft.Line personnel = draft.getLines().stream().filter(l -> "ADD".equals(l.type())
                && "personnel".equals(l.path())).findFirst().orElseThrow();
        draft.addRow(personnel);
        draft.node("personnel[0].iin").orElseThrow().setText("800101300125");

        List<FormDraft.Problem> problems = draft.check(VALIDATOR);
        assertEquals(List.of("applicant.name apply.required", "applicant.email apply.invalid",
                        "head.iin form.error.iin", "personnel.fullName apply.required"),
                problems.stream().map(p -> path(draft, p) + " " + p.key()).toList());
        assertTrue(draft.getLines().stream().anyMatch(l -> "personnel[0].fullName".equals(l.path())
                && l.node().getProblem() != null), "the row's field carries its problem");

        fill(draft, Map.of("applicant.name", "ТОО «Демо»", "applicant.email", "office@example.kz",
                "head.iin", "800101300125", "personnel[0].fullName", "Күзетші"));
        assertTrue(draft.check(VALIDATOR).isEmpty());
        assertTrue(draft.getLines().stream().allMatch(l -> l.node().getProblem() == null), "the problems are gone");
    }

    @Test
    void requiredCodesNumbersAndDatesAreChecked() {
        FormDraft licence = new FormDraft("WEAPONS_AND_CARTRIDGES_ISSUE", LicenceIssueForm.class, SUBTYPES);
        licence.lockIdentity("140340009091");
        fill(licence, Map.of("applicant.name", "ТОО", "applicant.legalAddress", "Астана"));
        List<String> keys = licence.check(VALIDATOR).stream().map(p -> p.node().getField().name() + " " + p.key())
                .toList();
        assertEquals(List.of("subtypes apply.required", "sites apply.required"), keys);

        FormDraft expert = new FormDraft("FORENSIC_EXPERT_ISSUE", ForensicExpertLicenceForm.class, SPECIALITIES);
        expert.lockIdentity("800101300125");
        fill(expert, Map.of("expert.fullName", "Эксперт", "expert.address", "Астана", "speciality", "HANDWRITING",
                "diploma.number", "ЖБ-1", "diploma.institution", "ЕҰУ", "diploma.issuedOn", "31.02.2010",
                "diploma.speciality", "Юриспруденция", "experienceYears", "seven"));
        assertEquals(List.of("diploma.issuedOn form.error.date", "experienceYears form.error.number"),
                expert.check(VALIDATOR).stream().map(p -> path(expert, p) + " " + p.key()).toList());
        fill(expert, Map.of("diploma.issuedOn", "25.06.2010", "experienceYears", "71"));
        assertEquals(List.of("experienceYears form.error.max"),
                expert.check(VALIDATOR).stream().map(p -> path(expert, p) + " " + p.key()).toList());
        fill(expert, Map.of("experienceYears", "7"));
        assertTrue(expert.check(VALIDATOR).isEmpty());
        assertEquals("2010-06-25", json(expert.formBytes(List.of())).getJsonObject("diploma").getString("issuedOn"));
    }

    private static void fill(FormDraft draft, Map<String, String> values) {
        values.forEach((path, value) -> draft.node(path).orElseThrow(() -> new AssertionError(path)).setText(value));
    }

    private static String path(FormDraft draft, FormDraft.Problem problem) {
        return draft.getLines().stream().filter(l -> l.node() == problem.node()).findFirst()
                .map(l -> l.path().replaceAll("\\[\\d+]", "")).orElse("?");
    }

    private static JsonObject json(byte[] bytes) {
        return Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).readObject();
    }

    private static Map<String, FormField> byName(List<FormField> fields) {
        Map<String, FormField> byName = new java.util.LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        return byName;
    }
}
