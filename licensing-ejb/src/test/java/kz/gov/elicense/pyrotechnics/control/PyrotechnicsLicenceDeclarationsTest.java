package kz.gov.elicense.pyrotechnics.control;

import kz.gov.elicense.activitylicence.control.ActivityLicenceProcedure;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.pyrotechnics.entity.PyrotechnicsSubtype;
import kz.gov.elicense.register.entity.Activity;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four civil pyrotechnics services (§4.4): the same declarations as §4.3, for their own activity. */
class PyrotechnicsLicenceDeclarationsTest {

    private static final List<ActivityLicenceProcedure> SERVICES = List.of(new PyrotechnicsLicenceIssue(),
            new PyrotechnicsLicenceAnnex(), new PyrotechnicsLicenceReissue(), new PyrotechnicsLicenceDuplicate());

    @Test
    void fourServicesOfTheirOwnActivity() {
        assertEquals(List.of("CIVIL_PYROTECHNICS_ISSUE", "CIVIL_PYROTECHNICS_ANNEX", "CIVIL_PYROTECHNICS_REISSUE",
                "CIVIL_PYROTECHNICS_DUPLICATE"), SERVICES.stream().map(s -> s.type().code()).toList());
        assertEquals(List.of("PYR", "PYRA", "PYRR", "PYRD"), SERVICES.stream().map(s -> s.numberPrefix()).toList());
        assertEquals(List.of(15, 15, 10, 2), SERVICES.stream().map(s -> s.totalTermWorkingDays()).toList());
        assertTrue(SERVICES.stream().allMatch(s -> s.licensed().activity() == Activity.CIVIL_PYROTECHNICS));
        assertTrue(SERVICES.stream().allMatch(s -> s.title().contains("пиротехнических")));
    }

    @Test
    void theFiveSubTypesOfTheSeedInKazakhAndRussian() {
        assertEquals(List.of("PYROTECHNICS_DEVELOPMENT", "PYROTECHNICS_PRODUCTION", "PYROTECHNICS_SALE",
                "PYROTECHNICS_USE", "PYROTECHNICS_PURCHASE"),
                Arrays.stream(PyrotechnicsSubtype.values()).map(Enum::name).toList());
        assertEquals("Азаматтық пиротехникалық заттар мен олар қолданылып жасалған бұйымдарды пайдалану",
                PyrotechnicsSubtype.PYROTECHNICS_USE.nameKk());
        assertEquals("Использование гражданских пиротехнических веществ и изделий с их применением",
                PyrotechnicsSubtype.PYROTECHNICS_USE.nameRu());
    }

    @Test
    void aWeaponsSubTypeIsNotAPyrotechnicsOne() {
        Rejection rejection = assertThrows(Rejection.class, () -> PyrotechnicsLicensing.ACTIVITY.subtype("WEAPONS_SALE"));
        assertEquals("subtype-unknown", rejection.type());
    }
}
