package kz.gov.elicense.document.control;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Sets the result documents on A4 pages: paragraphs of bold and regular runs wrapped at word boundaries, rules,
 * a two-column signature line and a QR block, flowing onto a new page when one is full. Margins follow the
 * rules for official documents (left 30 mm, right 15 mm, top and bottom 20 mm).
 * <p>
 * The text is Liberation Serif (metric-compatible with Times New Roman, the face of official documents),
 * embedded as a subset so every reader shows the Kazakh letters, whatever fonts it has. Nothing depends on the
 * clock, random numbers or the platform, so the same calls give the same bytes: a signed PDF can be rendered
 * again and compared.
 * <p>
 * One typesetter makes one document: {@link #finish} saves it, {@link #close} releases it, saved or not.
 */
final class Typesetter implements AutoCloseable {

    static final float MM = 72f / 25.4f;

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 15 * MM;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;
    static final float TEXT_WIDTH = PAGE.getWidth() - LEFT - RIGHT;
    private static final float LEADING = 1.3f;

    private static final String REGULAR_FONT = "liberation/LiberationSerif-Regular.ttf";
    private static final String BOLD_FONT = "liberation/LiberationSerif-Bold.ttf";

    /** Documents are issued in Kazakhstan's single time zone, UTC+5 since 1 March 2024; fixed, not from tzdata. */
    private static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);

    enum Weight { REGULAR, BOLD }

    enum Align { LEFT, CENTER, RIGHT }

    /** A stretch of text in one weight. Runs join without a space unless the text has one. */
    record Run(String text, Weight weight) {
        static Run regular(String text) {
            return new Run(text, Weight.REGULAR);
        }

        static Run bold(String text) {
            return new Run(text, Weight.BOLD);
        }
    }

    /** A piece of a line: text in one weight, with or without a space before it. */
    private record Piece(String text, Weight weight, boolean spaceBefore) {
    }

    private record Line(List<Piece> pieces, float width) {
    }

    private final PDDocument document = new PDDocument();
    /** Everything the document says, for its /ID: equal documents get equal IDs, different ones different IDs. */
    private final MessageDigest contents = sha256();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream content;
    private float y;

    Typesetter() {
        try {
            regular = PDType0Font.load(document, new ByteArrayInputStream(FontFiles.REGULAR));
            bold = PDType0Font.load(document, new ByteArrayInputStream(FontFiles.BOLD));
            newPage();
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** A paragraph wrapped to the text width; '\n' in a run starts a new line. */
    void paragraph(Align align, float size, Run... runs) {
        for (Line line : wrap(pieces(runs), size, TEXT_WIDTH)) {
            float lineHeight = size * LEADING;
            room(lineHeight);
            float x = switch (align) {
                case LEFT -> LEFT;
                case CENTER -> LEFT + (TEXT_WIDTH - line.width()) / 2;
                case RIGHT -> LEFT + TEXT_WIDTH - line.width();
            };
            draw(line, x, y - size, size);
            y -= lineHeight;
        }
    }

    /** A line with one run at the left margin and one at the right, e.g. a position and a signer's name. */
    void leftAndRight(float size, Run left, Run right) {
        float half = TEXT_WIDTH / 2 - 3 * MM;
        List<Line> lefts = wrap(pieces(left), size, half);
        List<Line> rights = wrap(pieces(right), size, half);
        float lineHeight = size * LEADING;
        room(lineHeight * Math.max(lefts.size(), rights.size()));
        for (int i = 0; i < Math.max(lefts.size(), rights.size()); i++) {
            if (i < lefts.size()) {
                draw(lefts.get(i), LEFT, y - size, size);
            }
            if (i < rights.size()) {
                draw(rights.get(i), LEFT + TEXT_WIDTH - rights.get(i).width(), y - size, size);
            }
            y -= lineHeight;
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** A thin rule across the text width. */
    void rule() {
        room(2 * MM);
        try {
            content.setLineWidth(0.6f);
            content.moveTo(LEFT, y - 1 * MM);
            content.lineTo(LEFT + TEXT_WIDTH, y - 1 * MM);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 2 * MM;
    }

    /**
     * The QR code at the left margin, {@code side} points square, with the caption paragraphs beside it; the
     * code is a link to {@code uri} for readers of the file. Kept on one page.
     */
    void qrBlock(QrCode qr, float side, String uri, float size, List<Run[]> caption) {
        float captionX = LEFT + side + 6 * MM;
        float captionWidth = LEFT + TEXT_WIDTH - captionX;
        List<Line> lines = new ArrayList<>();
        for (Run[] paragraph : caption) {
            lines.addAll(wrap(pieces(paragraph), size, captionWidth));
        }
        float lineHeight = size * LEADING;
        room(Math.max(side, lines.size() * lineHeight));
        remember("QR " + qr.text() + "\n");
        try {
            content.drawImage(qrImage(qr), LEFT, y - side, side, side);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(LEFT, y - side, side, side));
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            link.setBorderStyle(noBorder);
            PDActionURI action = new PDActionURI();
            action.setURI(uri);
            link.setAction(action);
            document.getPage(document.getNumberOfPages() - 1).getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float captionY = y;
        for (Line line : lines) {
            draw(line, captionX, captionY - size, size);
            captionY -= lineHeight;
        }
        y = Math.min(y - side, captionY);
    }

    /**
     * Sets the metadata and saves. The dates are the document's own date at midnight in Kazakhstan, never the
     * time of rendering, and the /ID is a digest of the text rather than the clock PDFBox would use, so the
     * bytes repeat.
     */
    byte[] finish(String title, String subject, String author, LocalDate date) {
        try {
            content.close();
            content = null;
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            info.setAuthor(author);
            info.setCreator("E-licensing of the Republic of Kazakhstan");
            info.setProducer("Apache PDFBox");
            Calendar midnight = new GregorianCalendar(TimeZone.getTimeZone(KAZAKHSTAN));
            midnight.clear();
            midnight.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            info.setCreationDate(midnight);
            info.setModificationDate(midnight);
            document.getDocumentCatalog().setLanguage("kk-KZ");
            remember(String.join("\n", "INFO", title, subject, author, date.toString()));
            COSString id = new COSString(Arrays.copyOf(contents.digest(), 16));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (document) {
            if (content != null) {
                content.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(float height) {
        if (y - height < BOTTOM) {
            try {
                content.close();
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - TOP;
    }

    private void draw(Line line, float x, float baseline, float size) {
        if (line.pieces().isEmpty()) {
            return; // an empty line between two line breaks only takes up room
        }
        for (Piece piece : line.pieces()) {
            remember(piece.weight() + (piece.spaceBefore() ? " " : "") + piece.text());
        }
        remember("\n");
        try {
            content.beginText();
            content.newLineAtOffset(x, baseline);
            Weight current = null;
            StringBuilder pending = new StringBuilder();
            for (Piece piece : line.pieces()) {
                if (piece.weight() != current) {
                    show(pending, current, size);
                    current = piece.weight();
                }
                if (piece.spaceBefore()) {
                    pending.append(' ');
                }
                pending.append(piece.text());
            }
            show(pending, current, size);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(StringBuilder text, Weight weight, float size) throws IOException {
        if (!text.isEmpty()) {
            content.setFont(font(weight), size);
            content.showText(text.toString());
            text.setLength(0);
        }
    }

    private void remember(String text) {
        contents.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private PDFont font(Weight weight) {
        return weight == Weight.BOLD ? bold : regular;
    }

    private float width(String text, Weight weight, float size) {
        try {
            // throws for a character the font has no glyph for, rather than printing a blank
            return font(weight).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits runs into words. A piece marked {@code spaceBefore} may start a new line; pieces that touch (a
     * bold name and the regular full stop after it) stay together. A null piece stands for a forced line break.
     */
    private static List<Piece> pieces(Run... runs) {
        List<Piece> pieces = new ArrayList<>();
        boolean space = false;
        for (Run run : runs) {
            String text = run.text().replace("\r\n", "\n");
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    pieces.add(null);
                    space = false;
                    i++;
                } else if (separates(c)) {
                    space = true;
                    i++;
                } else {
                    int end = i;
                    while (end < text.length() && text.charAt(end) != '\n' && !separates(text.charAt(end))) {
                        end++;
                    }
                    boolean lineStart = pieces.isEmpty() || pieces.get(pieces.size() - 1) == null;
                    pieces.add(new Piece(text.substring(i, end), run.weight(), space && !lineStart));
                    space = false;
                    i = end;
                }
            }
        }
        return pieces;
    }

    /** Whitespace and control characters separate words; the no-break space does not. */
    private static boolean separates(char c) {
        return c != '\u00A0' && (Character.isWhitespace(c) || Character.isISOControl(c));
    }

    /** Fills lines greedily, word by word; a word longer than a whole line (a long link) breaks between characters. */
    private List<Line> wrap(List<Piece> pieces, float size, float maxWidth) {
        List<Line> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        float lineWidth = 0;
        for (List<Piece> word : words(pieces)) {
            if (word == null) {
                lines.add(new Line(List.copyOf(line), lineWidth));
                line.clear();
                lineWidth = 0;
                continue;
            }
            if (!line.isEmpty() && lineWidth + width(word, true, size) > maxWidth) {
                lines.add(new Line(List.copyOf(line), lineWidth));
                line.clear();
                lineWidth = 0;
            }
            if (line.isEmpty() && width(word, false, size) > maxWidth) {
                for (Piece piece : word) {
                    for (String character : piece.text().codePoints().mapToObj(Character::toString).toList()) {
                        float characterWidth = width(character, piece.weight(), size);
                        if (!line.isEmpty() && lineWidth + characterWidth > maxWidth) {
                            lines.add(new Line(List.copyOf(line), lineWidth));
                            line.clear();
                            lineWidth = 0;
                        }
                        line.add(new Piece(character, piece.weight(), false));
                        lineWidth += characterWidth;
                    }
                }
                continue;
            }
            boolean spaced = !line.isEmpty();
            lineWidth += width(word, spaced, size);
            for (int i = 0; i < word.size(); i++) {
                Piece piece = word.get(i);
                line.add(i == 0 ? new Piece(piece.text(), piece.weight(), spaced) : piece);
            }
        }
        if (!line.isEmpty()) {
            lines.add(new Line(List.copyOf(line), lineWidth));
        }
        return lines;
    }

    /** Groups touching pieces into words; a null word is a forced line break. */
    private static List<List<Piece>> words(List<Piece> pieces) {
        List<List<Piece>> words = new ArrayList<>();
        List<Piece> word = null;
        for (Piece piece : pieces) {
            if (piece == null) {
                words.add(null);
                word = null;
            } else if (word == null || piece.spaceBefore()) {
                word = new ArrayList<>(List.of(piece));
                words.add(word);
            } else {
                word.add(piece);
            }
        }
        return words;
    }

    private float width(List<Piece> word, boolean spaced, float size) {
        float total = spaced ? width(" ", word.get(0).weight(), size) : 0;
        for (Piece piece : word) {
            total += width(piece.text(), piece.weight(), size);
        }
        return total;
    }

    /**
     * The symbol as a one-bit grey image, one pixel per module, drawn scaled without interpolation: sharp module
     * edges at any zoom and print resolution, and a few hundred bytes in the file.
     */
    private PDImageXObject qrImage(QrCode qr) throws IOException {
        int n = qr.size();
        int rowBytes = (n + 7) / 8;
        byte[] bits = new byte[rowBytes * n];
        Arrays.fill(bits, (byte) 0xFF); // 1 is white in DeviceGray
        for (int row = 0; row < n; row++) {
            for (int column = 0; column < n; column++) {
                if (qr.isDark(column, row)) {
                    bits[row * rowBytes + column / 8] &= (byte) ~(0x80 >>> (column % 8));
                }
            }
        }
        PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(bits), null, n, n, 1,
                PDDeviceGray.INSTANCE);
        image.setInterpolate(false);
        return image;
    }

    /** The font programs, read from the classpath once; PDFBox subsets them into each document. */
    private static final class FontFiles {
        static final byte[] REGULAR = read(REGULAR_FONT);
        static final byte[] BOLD = read(BOLD_FONT);

        private static byte[] read(String resource) {
            try (InputStream in = Typesetter.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource + " is not on the classpath (openpdf-fonts-extra)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
