package kz.gov.elicense.payment.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeeScheduleTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFeeOfAServiceInTenge() throws IOException {
        Path file = Files.writeString(dir.resolve("fees.properties"), "# fees\nSECURITY_ACTIVITY_ISSUE=43_250\n");
        FeeSchedule schedule = new FeeSchedule(file);
        assertEquals(OptionalLong.of(43250), schedule.feeOf("SECURITY_ACTIVITY_ISSUE"));
        assertEquals(OptionalLong.empty(), schedule.feeOf("WEAPON_REGISTRATION"));
    }

    @Test
    void anEditAppliesWithoutARestart() throws IOException {
        Path file = Files.writeString(dir.resolve("fees.properties"), "SECURITY_ACTIVITY_ISSUE=43250\n");
        FeeSchedule schedule = new FeeSchedule(file);
        Files.writeString(file, "SECURITY_ACTIVITY_ISSUE=47000\n");
        assertEquals(OptionalLong.of(47000), schedule.feeOf("SECURITY_ACTIVITY_ISSUE"));
    }

    @Test
    void noFileMeansNoFee() {
        assertEquals(OptionalLong.empty(), new FeeSchedule(dir.resolve("absent.properties")).feeOf("X_ISSUE"));
    }

    @Test
    void aMalformedAmountIsAnInstallationError() throws IOException {
        Path file = Files.writeString(dir.resolve("fees.properties"), "A_ISSUE=ten\nB_ISSUE=-5\n");
        FeeSchedule schedule = new FeeSchedule(file);
        assertThrows(IllegalStateException.class, () -> schedule.feeOf("A_ISSUE"));
        assertThrows(IllegalStateException.class, () -> schedule.feeOf("B_ISSUE"));
    }

    @Test
    void theShippedScheduleHasAFeeForEveryServiceOfTheRegulations() {
        FeeSchedule shipped = new FeeSchedule(Path.of("../config/fees.properties"));
        for (String code : new String[]{"SECURITY_ACTIVITY_ISSUE", "SECURITY_ACTIVITY_REISSUE",
                "SECURITY_ACTIVITY_DUPLICATE", "WEAPON_REGISTRATION", "WEAPON_REREGISTRATION",
                "WEAPONS_AND_CARTRIDGES_ISSUE", "WEAPONS_AND_CARTRIDGES_ANNEX", "WEAPONS_AND_CARTRIDGES_REISSUE",
                "WEAPONS_AND_CARTRIDGES_DUPLICATE", "CIVIL_PYROTECHNICS_ISSUE", "CIVIL_PYROTECHNICS_ANNEX",
                "CIVIL_PYROTECHNICS_REISSUE", "CIVIL_PYROTECHNICS_DUPLICATE", "FORENSIC_EXPERT_ISSUE",
                "FORENSIC_EXPERT_REISSUE", "FORENSIC_EXPERT_DUPLICATE"}) {
            assertEquals(true, shipped.feeOf(code).isPresent(), code);
        }
    }
}
