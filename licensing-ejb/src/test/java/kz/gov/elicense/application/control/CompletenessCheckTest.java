package kz.gov.elicense.application.control;

import kz.gov.elicense.application.boundary.ChecklistItem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ApplicationDocument;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.securityactivity.control.SecurityActivityIssueProcedure;
import org.junit.jupiter.api.Test;

class CompletenessCheckTest {

    private static final List<ChecklistItem> CHECKLIST = new SecurityActivityIssueProcedure().checklist();
    private static final LocalDate DAY = LocalDate.of(2026, 4, 7);

    private static final String QUALIFICATION = description(DocumentKind.QUALIFICATION_FORM);
    private static final String TRAINING = description(DocumentKind.HEAD_SPECIAL_TRAINING);
    private static final String PREMISES = description(DocumentKind.PREMISES_TITLE);

    private final Application application = new Application("SEC-2026-000001", ProcedureType.of("SECURITY_ACTIVITY_ISSUE"),
            "MVD-ASTANA", Channel.PORTAL, "150440001011", "ТОО «Қалқан Күзет»", Instant.parse("2026-04-06T04:00:00Z"),
            Instant.parse("2026-04-27T04:00:00Z"), new byte[] {1}, new byte[] {2});

    private static String description(DocumentKind kind) {
        return CHECKLIST.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow().description();
    }

    private void attach(DocumentKind kind, LocalDate validUntil) {
        application.attach(kind, kind.name().toLowerCase() + ".pdf", "application/pdf",
                kind.name().getBytes(StandardCharsets.UTF_8), "0".repeat(64), validUntil);
    }

    private List<ApplicationDocument> documents() {
        return application.documents();
    }

    @Test
    void allThreeRequiredDocumentsMakeTheSetComplete() {
        attach(DocumentKind.QUALIFICATION_FORM, null);
        attach(DocumentKind.HEAD_SPECIAL_TRAINING, DAY.plusYears(1));
        attach(DocumentKind.PREMISES_TITLE, DAY.plusMonths(6));

        CompletenessFindings findings = CompletenessCheck.of(CHECKLIST, documents(), DAY);

        assertTrue(findings.complete());
        assertEquals(List.of(), findings.missing());
        assertEquals(List.of(), findings.expired());
        assertEquals("", findings.asRefusalGrounds());
    }

    @Test
    void theOptionalFeeReceiptMayBeMissing() {
        attach(DocumentKind.QUALIFICATION_FORM, null);
        attach(DocumentKind.HEAD_SPECIAL_TRAINING, null);
        attach(DocumentKind.PREMISES_TITLE, null);

        CompletenessFindings findings = CompletenessCheck.of(CHECKLIST, documents(), DAY);

        assertTrue(findings.complete(), () -> "fee receipt is optional, but: " + findings);
        assertFalse(findings.missing().contains(description(DocumentKind.FEE_RECEIPT)));
    }

    @Test
    void aMissingRequiredDocumentIsListedWithItsDescription() {
        attach(DocumentKind.QUALIFICATION_FORM, null);
        attach(DocumentKind.PREMISES_TITLE, null);
        attach(DocumentKind.FEE_RECEIPT, null);

        CompletenessFindings findings = CompletenessCheck.of(CHECKLIST, documents(), DAY);

        assertFalse(findings.complete());
        assertEquals(List.of(TRAINING), findings.missing());
        assertEquals(List.of(), findings.expired());
    }

    @Test
    void aDocumentOfAnotherKindDoesNotStandInForARequiredOne() {
        attach(DocumentKind.QUALIFICATION_FORM, null);
        attach(DocumentKind.HEAD_SPECIAL_TRAINING, null);
        attach(DocumentKind.OTHER, null);

        CompletenessFindings findings = CompletenessCheck.of(CHECKLIST, documents(), DAY);

        assertEquals(List.of(PREMISES), findings.missing());
    }

    @Test
    void noDocumentsAtAllListsEveryRequiredOneInChecklistOrder() {
        CompletenessFindings findings = CompletenessCheck.of(CHECKLIST, documents(), DAY);

        assertEquals(List.of(QUALIFICATION, TRAINING, PREMISES), findings.missing());
    }

    @Test
    void aDocumentValidOnlyUntilTheDayBeforeIsExpired() {
        attach(DocumentKind.QUALIFICATION_FORM, null);
        attach(DocumentKind.HEAD_SPECIAL_TRAINING, DAY.minusDays(1));
        attach(DocumentKind.PREMISES_TITLE, null);

        CompletenessFindings findings = CompletenessCheck.of(CHECKLIST, documents(), DAY);

        assertFalse(findings.complete());
        assertEquals(List.of(), findings.missing());
        assertEquals(1, findings.expired().size());
        String expired = findings.expired().get(0);
        assertTrue(expired.contains(TRAINING), expired);
        assertTrue(expired.contains(DAY.minusDays(1).toString()), expired);
    }

    @Test
    void aDocumentValidUntilExactlyTheDayIsNotExpired() {
        attach(DocumentKind.QUALIFICATION_FORM, null);
        attach(DocumentKind.HEAD_SPECIAL_TRAINING, DAY);
        attach(DocumentKind.PREMISES_TITLE, DAY);

        CompletenessFindings findings = CompletenessCheck.of(CHECKLIST, documents(), DAY);

        assertTrue(findings.complete(), () -> "valid until the day itself is still valid, but: " + findings);
        assertEquals(List.of(), findings.expired());
    }

    @Test
    void oneValidDocumentOfAKindOutweighsAnExpiredOne() {
        attach(DocumentKind.QUALIFICATION_FORM, null);
        attach(DocumentKind.HEAD_SPECIAL_TRAINING, DAY.minusYears(1));
        attach(DocumentKind.HEAD_SPECIAL_TRAINING, DAY.plusYears(1));
        attach(DocumentKind.PREMISES_TITLE, null);

        CompletenessFindings findings = CompletenessCheck.of(CHECKLIST, documents(), DAY);

        assertTrue(findings.complete(), () -> findings.toString());
    }

    @Test
    void refusalGroundsNameEveryMissingAndExpiredDocument() {
        attach(DocumentKind.HEAD_SPECIAL_TRAINING, DAY.minusDays(10));

        CompletenessFindings findings = CompletenessCheck.of(CHECKLIST, documents(), DAY);
        String grounds = findings.asRefusalGrounds();

        assertEquals(List.of(QUALIFICATION, PREMISES), findings.missing());
        assertEquals(1, findings.expired().size());
        assertTrue(grounds.contains(QUALIFICATION), grounds);
        assertTrue(grounds.contains(PREMISES), grounds);
        assertTrue(grounds.contains(TRAINING), grounds);
        assertTrue(grounds.startsWith("Documents not submitted: "), grounds);
        assertTrue(grounds.contains("Documents no longer valid: "), grounds);
    }
}
