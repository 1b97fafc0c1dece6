package kz.gov.elicense.document.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A QR code symbol: its text and its square of modules, without the quiet zone (the page leaves that blank).
 * Error correction level M (15 %) is what a printed licence needs against creases and stamps while a
 * ~500-character seal still fits a symbol that phones read at 40 mm.
 */
public final class QrCode {

    private final String text;
    private final BitMatrix modules;

    private QrCode(String text, BitMatrix modules) {
        this.text = text;
        this.modules = modules;
    }

    /**
     * Encodes the text; ASCII text is encoded as plain bytes, anything else as UTF-8 with an ECI marker.
     *
     * @throws IllegalArgumentException if the text is empty or does not fit the largest symbol
     */
    public static QrCode of(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs some text");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            // without it ZXing would encode ISO-8859-1 and lose Cyrillic
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // width and height 0: one matrix cell per module
            return new QrCode(text, new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text of " + text.length() + " characters does not fit a QR code", e);
        }
    }

    public String text() {
        return text;
    }

    /** Modules per side (21 for version 1, 4 more per version). */
    public int size() {
        return modules.getWidth();
    }

    /** Whether the module in column x, row y (from the top left) is dark. */
    public boolean isDark(int x, int y) {
        return modules.get(x, y);
    }
}
