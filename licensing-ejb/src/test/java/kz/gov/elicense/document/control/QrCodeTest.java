package kz.gov.elicense.document.control;

import kz.gov.elicense.document.boundary.LicenceSeals;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static kz.gov.elicense.document.control.Samples.BASE;
import static kz.gov.elicense.document.control.Samples.SEAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QrCodeTest {

    private final LicenceSeals seals = new LicenceSeals(BASE);

    @Test
    void anRsaSealScansBackToATextThatVerifies() {
        QrCode qr = QrCode.of(seals.seal(SEAL, Samples.RSA.getPrivate()));
        String scanned = QrScanner.scan(qr, 3);
        assertEquals(qr.text(), scanned);
        assertEquals(Optional.of(SEAL), seals.verify(scanned, Samples.RSA.getPublic()));
    }

    @Test
    void anEcSealScansBackToATextThatVerifies() {
        QrCode qr = QrCode.of(seals.seal(SEAL, Samples.EC.getPrivate()));
        assertEquals(Optional.of(SEAL), seals.verify(QrScanner.scan(qr, 3), Samples.EC.getPublic()));
    }

    @Test
    void theSymbolIsSquareWithoutQuietZoneAndSizedByVersion() {
        QrCode rsa = QrCode.of(seals.seal(SEAL, Samples.RSA.getPrivate()));
        QrCode ec = QrCode.of(seals.seal(SEAL, Samples.EC.getPrivate()));
        assertEquals(0, (rsa.size() - 17) % 4, "17 + 4 per version: " + rsa.size());
        assertTrue(rsa.size() <= 85, "RSA-2048 seal fits version 17 at level M: " + rsa.size());
        assertTrue(ec.size() < rsa.size());
        // finder pattern in the top left corner: the symbol starts at (0,0)
        assertTrue(rsa.isDark(0, 0) && rsa.isDark(6, 6) && !rsa.isDark(1, 1));
    }

    @Test
    void nonAsciiTextSurvivesTheRoundTrip() {
        String text = "Қала: Астана — ӘәҒғҚқҢңӨөҰұҮүҺһІі";
        assertEquals(text, QrScanner.scan(QrCode.of(text), 4));
    }

    @Test
    void textBeyondTheLargestSymbolIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrCode.of("x".repeat(3000)));
        assertThrows(IllegalArgumentException.class, () -> QrCode.of(""));
    }
}
