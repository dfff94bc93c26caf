package ru.sppr.chat.knowledge.ingest;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * Images (PNG, JPEG, TIFF): text by OCR with the system's tesseract ({@code rus+eng}), observed time and place
 * from EXIF. Without tesseract the image fails with a clear reason and the batch goes on.
 */
final class ImageParser implements SourceParser {
    private static final long OCR_TIMEOUT_SECONDS = 120;
    /** Larger images are refused before OCR: a small PNG can declare a gigapixel canvas (a decompression bomb). */
    static final long MAX_PIXELS = 100_000_000;
    private final String tesseract;
    private final DateFinder dates;

    ImageParser(String tesseract, DateFinder dates) {
        this.tesseract = tesseract;
        this.dates = dates;
    }

    @Override
    public void parse(Path file, Consumer<ParsedSource> out) throws IOException {
        requireSanePixelCount(file);
        Exif exif = exif(file);
        String text = ocr(file);
        List<Block> blocks = new ArrayList<>();
        String location = "изображение" + (exif.place() == null ? "" : ", " + exif.place());
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String p = paragraph.replaceAll("\\s*\\n\\s*", " ").strip();
            if (p.length() > 1) {
                blocks.add(new Block(p, location, null, exif.taken(), false));
            }
        }
        if (blocks.isEmpty()) {
            throw new UnreadableSourceException(file.getFileName() + ": распознавание не нашло текста на изображении");
        }
        String title = "Изображение " + file.getFileName();
        out.accept(new ParsedSource(null, title, SourceType.IMAGE, exif.taken(), blocks));
    }

    /** Reads the declared width and height from the header only (no pixels are decoded). */
    private static void requireSanePixelCount(Path file) throws IOException {
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = in == null ? Collections.<ImageReader>emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return;
            }
            var reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new UnreadableSourceException(file.getFileName() + ": изображение больше "
                            + MAX_PIXELS / 1_000_000 + " млн точек; уменьшите его");
                }
            } catch (IIOException unreadableHeader) {
                // tesseract reports what it cannot read
            } finally {
                reader.dispose();
            }
        }
    }

    private String ocr(Path file) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(tesseract, file.toString(), "stdout", "-l", "rus+eng")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException missing) {
            throw new UnreadableSourceException(file.getFileName()
                    + ": не найден tesseract для распознавания текста (установите tesseract-ocr и tesseract-ocr-rus)");
        }
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(OCR_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new UnreadableSourceException(file.getFileName() + ": распознавание не уложилось в " + OCR_TIMEOUT_SECONDS + " с");
            }
            if (process.exitValue() != 0) {
                throw new UnreadableSourceException(file.getFileName() + ": tesseract не смог прочитать изображение");
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("прервано", e);
        }
    }

    private record Exif(Instant taken, String place) {}

    private Exif exif(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            Instant taken = null;
            ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            if (sub != null) {
                Date date = sub.getDateOriginal(TimeZone.getTimeZone(dates.zone()));
                taken = date == null ? null : date.toInstant();
            }
            String place = null;
            GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
            if (gps != null) {
                GeoLocation geo = gps.getGeoLocation();
                if (geo != null && !geo.isZero()) {
                    place = String.format(Locale.ROOT, "GPS %.5f, %.5f", geo.getLatitude(), geo.getLongitude());
                }
            }
            return new Exif(taken, place);
        } catch (ImageProcessingException | IOException e) {
            return new Exif(null, null);
        }
    }
}
