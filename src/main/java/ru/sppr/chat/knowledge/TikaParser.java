package ru.sppr.chat.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Office and web documents through Apache Tika (PDF, DOCX, ODT, HTML, RTF, …): pages, headings and
 * paragraphs from Tika's XHTML; title and creation date from the document's metadata. Tika's own OCR of embedded
 * images is off: scanned pages are images and go through {@link ImageParser}.
 */
final class TikaParser implements SourceParser {
    private static final Set<String> BLOCK_ELEMENTS = Set.of("p", "li", "td", "th", "pre", "blockquote", "dd", "dt");
    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public void parse(Path file, Consumer<ParsedSource> out) throws IOException {
        FileSignature.check(file);
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        var handler = new BlockCollector();
        try (InputStream in = Files.newInputStream(file)) {
            var context = new ParseContext();
            var ocr = new TesseractOCRConfig();
            ocr.setSkipOcr(true);
            context.set(TesseractOCRConfig.class, ocr);
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableSourceException(file.getFileName() + ": документ зашифрован");
        } catch (TikaException | SAXException e) {
            throw new UnreadableSourceException(file.getFileName() + ": не удалось разобрать (" + e.getMessage() + ")", e);
        }
        List<Block> blocks = handler.blocks;
        if (blocks.isEmpty()) {
            throw new UnreadableSourceException(file.getFileName() + ": в документе нет текста");
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        if (title == null || title.isBlank()) {
            title = handler.firstHeading != null ? handler.firstHeading : file.getFileName().toString();
        }
        Instant observed = DateFinder.find(String.join(" ", blocks.stream().limit(3).map(Block::text).toList()))
                .or(() -> DateFinder.parseValue(metadata.get(TikaCoreProperties.CREATED)))
                .orElse(null);
        out.accept(new ParsedSource(null, title.strip(), SourceType.DOCUMENT, observed, blocks));
    }

    /** Turns Tika's XHTML events into blocks, remembering the page (PDF) and the current heading. */
    private static final class BlockCollector extends DefaultHandler {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        String heading;
        String firstHeading;
        int page;
        boolean inHeading;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String name = local.isEmpty() ? qName : local;
            if (name.equals("div") && "page".equals(atts.getValue("class"))) {
                flush();
                page++;
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
        public void characters(char[] ch, int start, int length) {
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
