package kz.gov.elicense.notification.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTest {

    @Test
    void aLongRefusalReasonIsShortenedToTheColumnsRatherThanFailingTheSigningTransaction() {
        String reason = "refused — " + "основание ".repeat(400);
        Notification notification = new Notification("applicant:150440001011", "SEC-2026-000001",
                "Motivated refusal / Дәлелді бас тарту / Мотивированный отказ", reason, Instant.EPOCH);

        assertTrue(notification.message().length() <= 1000, "fits its column");
        assertTrue(notification.message().startsWith("refused — основание"), "keeps the beginning");
        assertEquals("Motivated refusal / Дәлелді бас тарту / Мотивированный отказ", notification.subject());
    }
}
