package kz.gov.elicense.document.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import java.awt.image.BufferedImage;
import java.util.Map;

/** Reads QR codes back with ZXing's decoder, as a phone or an offline verifier would. */
final class QrScanner {

    private QrScanner() {
    }

    /** Decodes the symbol's own modules, drawn {@code scale} pixels each with the 4-module quiet zone. */
    static String scan(QrCode qr, int scale) {
        return decode(new ModuleLuminance(qr, scale));
    }

    /** Finds and decodes the QR code somewhere in a picture, e.g. a rendered page. */
    static String scan(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        return decode(new RGBLuminanceSource(width, height, pixels));
    }

    private static String decode(LuminanceSource source) {
        try {
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("No readable QR code: " + e, e);
        }
    }

    /** The luminance of a QR code's modules: black 0, white 255, with a white quiet zone of four modules. */
    private static final class ModuleLuminance extends LuminanceSource {
        private static final int QUIET_ZONE = 4;
        private final QrCode qr;
        private final int scale;

        ModuleLuminance(QrCode qr, int scale) {
            super((qr.size() + 2 * QUIET_ZONE) * scale, (qr.size() + 2 * QUIET_ZONE) * scale);
            this.qr = qr;
            this.scale = scale;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            for (int x = 0; x < getWidth(); x++) {
                out[x] = luminance(x, y);
            }
            return out;
        }

        @Override
        public byte[] getMatrix() {
            byte[] matrix = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, matrix, y * getWidth(), getWidth());
            }
            return matrix;
        }

        private byte luminance(int x, int y) {
            int column = x / scale - QUIET_ZONE;
            int row = y / scale - QUIET_ZONE;
            boolean inside = column >= 0 && row >= 0 && column < qr.size() && row < qr.size();
            return inside && qr.isDark(column, row) ? 0 : (byte) 255;
        }
    }
}
