package kz.gov.elicense.screens.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormShapeTest {

    record Applicant(@NotNull String bin, @NotBlank String name) {
    }

    record DuplicateLike(
            @NotNull @Pattern(regexp = "DUPLICATE") String procedure,
            @NotNull Applicant applicant,
            @NotNull @Pattern(regexp = "KZ\\d{2}SEC\\d{7}") String licenceNumber,
            @NotNull @Pattern(regexp = "LOST|DAMAGED") String reason,
            String reasonDetail,
            boolean feePaidThroughGateway) {
    }

    private final FormShape shape = new FormShape(DuplicateLike.class);

    @Test
    void theFieldsAndWhichAreRequiredComeFromTheRecordsDeclaration() {
        assertTrue(shape.has("licenceNumber"));
        assertFalse(shape.has("personnel"));
        assertTrue(shape.requires("reason"));
        assertFalse(shape.requires("reasonDetail"));
        assertFalse(shape.requires("nothing"));
        assertEquals(Applicant.class, shape.typeOf("applicant").orElseThrow());
        assertTrue(shape.within(Set.of("procedure", "applicant", "licenceNumber", "reason", "reasonDetail",
                "feePaidThroughGateway", "personnel")));
        assertFalse(shape.within(Set.of("procedure", "applicant")));
    }

    @Test
    void aPatternThatListsCodesIsAChoiceAndOtherPatternsAreNot() {
        assertEquals(List.of("LOST", "DAMAGED"), shape.choices("reason"));
        assertEquals(List.of(), shape.choices("licenceNumber"));
        assertEquals(List.of(), shape.choices("procedure"), "a single fixed code is no choice");
        assertEquals(List.of(), shape.choices("reasonDetail"));
    }
}
