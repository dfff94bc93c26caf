package ru.sppr.chat.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * Office and web documents through Apache Tika (PDF, DOCX, ODT, HTML, RTF, …): pages, headings and
 * paragraphs from Tika's XHTML; title and creation date from the document's metadata. Tika's own OCR of embedded
 * images is off: scanned pages are images and go through {@link ImageParser}.
 */
final class TikaParser implements SourceParser {
    /** Longer documents are refused: split them, so that what is found can be cited by a meaningful page. */
    static final int MAX_PAGES = 2_000;
    /** Refused above this much extracted text (about 5 000 dense pages). */
    static final long MAX_TEXT_CHARS = 20_000_000;
    private static final String BOMB = "похоже на архив-бомбу: текста в сотни раз больше, чем весит файл; файл не загружен";
    /**
     * Text this many times larger than the file (and above a million characters) means a compression bomb: real
     * documents carry a few characters of text per byte.
     */
    static final int BOMB_RATIO = 100;
    private static final long BOMB_MIN_CHARS = 1_000_000;
    private static final Set<String> BLOCK_ELEMENTS = Set.of("p", "li", "td", "th", "pre", "blockquote", "dd", "dt");
    private final AutoDetectParser parser = new AutoDetectParser();

    private final DateFinder dates;

    TikaParser(DateFinder dates) {
        this.dates = dates;
    }

    @Override
    public void parse(Path file, Consumer<ParsedSource> out) throws IOException {
        FileSignature.check(file);
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        var handler = new BlockCollector(Math.max(BOMB_MIN_CHARS, BOMB_RATIO * Files.size(file)));
        try (InputStream in = Files.newInputStream(file)) {
            var context = new ParseContext();
            var ocr = new TesseractOCRConfig();
            ocr.setSkipOcr(true);
            context.set(TesseractOCRConfig.class, ocr);
            context.set(OfficeParserConfig.class, streaming());
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableSourceException(file.getFileName() + ": документ зашифрован");
        } catch (TikaException | SAXException e) {
            throw refusal(file, e);
        }
        List<Block> blocks = handler.blocks;
        if (blocks.isEmpty()) {
            throw new UnreadableSourceException(file.getFileName() + ": в документе нет текста");
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        if (title == null || title.isBlank()) {
            title = handler.firstHeading != null ? handler.firstHeading : file.getFileName().toString();
        }
        Instant observed = dates.find(String.join(" ", blocks.stream().limit(3).map(Block::text).toList()))
                .or(() -> dates.parseValue(metadata.get(TikaCoreProperties.CREATED)))
                .orElse(null);
        out.accept(new ParsedSource(null, title.strip(), SourceType.DOCUMENT, observed, blocks));
    }

    /**
     * DOCX and PPTX read as a stream of SAX events instead of a document tree: POI's tree holds the whole
     * {@code document.xml} in memory (a 1.4 MB DOCX holding 1 GiB of text filled a 2 GiB heap in 7 s), while events
     * reach {@link BlockCollector}, whose text limits stop the parse after a few megabytes.
     */
    private static OfficeParserConfig streaming() {
        var office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        return office;
    }

    private static UnreadableSourceException refusal(Path file, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge tooLarge) {
                return new UnreadableSourceException(file.getFileName() + ": " + tooLarge.getMessage(), e);
            }
            if (String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return new UnreadableSourceException(file.getFileName() + ": " + BOMB, e);
            }
        }
        return new UnreadableSourceException(file.getFileName() + ": не удалось разобрать документ (повреждён или формат не тот)", e);
    }

    /** Stops the parse of a document over the limits, with the reason the uploader reads. */
    private static final class TooLarge extends SAXException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Turns Tika's XHTML events into blocks, remembering the page (PDF) and the current heading. */
    private static final class BlockCollector extends DefaultHandler {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final long bombChars;
        String heading;
        String firstHeading;
        int page;
        long chars;
        boolean inHeading;

        BlockCollector(long bombChars) {
            this.bombChars = bombChars;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            String name = local.isEmpty() ? qName : local;
            if (name.equals("div") && "page".equals(atts.getValue("class"))) {
                flush();
                if (++page > MAX_PAGES) {
                    throw new TooLarge("больше " + MAX_PAGES + " страниц; разделите документ на части");
                }
            } else if (name.matches("h[1-6]")) {
                flush();
                inHeading = true;
            } else if (BLOCK_ELEMENTS.contains(name) || name.equals("br")) {
                flush();
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String name = local.isEmpty() ? qName : local;
            if (inHeading && name.matches("h[1-6]")) {
                String h = text.toString().replaceAll("\\s+", " ").strip();
                text.setLength(0);
                inHeading = false;
                if (!h.isEmpty()) {
                    heading = h;
                    if (firstHeading == null) {
                        firstHeading = h;
                    }
                }
            } else if (BLOCK_ELEMENTS.contains(name)) {
                flush();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > bombChars) {
                throw new TooLarge(BOMB);
            }
            if (chars > MAX_TEXT_CHARS) {
                throw new TooLarge("больше " + MAX_TEXT_CHARS / 1_000_000 + " млн знаков текста; разделите документ на части");
            }
            text.append(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            text.append(' ');
        }

        @Override
        public void endDocument() {
            flush();
        }

        private void flush() {
            if (inHeading) {
                return;
            }
            String t = text.toString().replaceAll("\\s+", " ").strip();
            text.setLength(0);
            if (!t.isEmpty()) {
                String location = page > 0 ? "стр. " + page : heading == null ? null : "раздел «" + heading + "»";
                blocks.add(Block.paragraph(t, location, heading));
            }
        }
    }
}
