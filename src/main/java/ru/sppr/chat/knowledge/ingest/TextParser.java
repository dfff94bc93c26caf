package ru.sppr.chat.knowledge.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * Plain text and Markdown: {@code #} headings start sections, blank lines separate paragraphs, and a paragraph keeps
 * its lines (a heading line, an address line, a table row are no part of the next); the first heading (or line) is
 * the title and the first date in the opening lines the observed time.
 */
final class TextParser implements SourceParser {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final int DATE_SEARCH_CHARS = 400;

    private final DateFinder dates;

    TextParser(DateFinder dates) {
        this.dates = dates;
    }

    @Override
    public void parse(Path file, Consumer<ParsedSource> out) throws IOException {
        String text = decode(Files.readAllBytes(file), file);
        String title = null;
        String heading = null;
        boolean titleOpen = false;
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            var h = HEADING.matcher(line);
            if (h.matches()) {
                flush(paragraph, heading, blocks);
                heading = stripMarkup(h.group(2));
                if (title == null) {
                    title = heading;
                    titleOpen = true;
                } else if (titleOpen && continuesTitle(title, heading)) {
                    title = title + " " + heading;
                }
                // only the heading right after the first one, with no paragraph between, may go on with the title
                titleOpen = titleOpen && title.equals(heading);
            } else if (line.isBlank()) {
                flush(paragraph, heading, blocks);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(stripMarkup(line.strip()));
                titleOpen = false;
            }
        }
        flush(paragraph, heading, blocks);
        if (title == null) {
            title = blocks.isEmpty() ? file.getFileName().toString() : firstLine(blocks.getFirst().text());
        }
        String opening = text.substring(0, Math.min(text.length(), DATE_SEARCH_CHARS));
        out.accept(new ParsedSource(null, title, SourceType.DOCUMENT, dates.find(opening).orElse(null), blocks));
    }

    /**
     * Whether the heading right after a document's first one goes on with its title: a title of one word («РЕШЕНИЕ» —
     * «комиссии по предупреждению и ликвидации чрезвычайных ситуаций…») or a heading in lower case («… № 110» — «на 08:00
     * 14.04.2026»), as official documents set them.
     */
    private static boolean continuesTitle(String title, String heading) {
        return !title.contains(" ") || !heading.isEmpty() && Character.isLowerCase(heading.charAt(0));
    }

    static String decode(byte[] bytes, Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            try {
                return Charset.forName("windows-1251").newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException again) {
                throw new UnreadableSourceException(file.getFileName() + ": не текст в UTF-8 или windows-1251");
            }
        }
    }

    private static void flush(StringBuilder paragraph, String heading, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(Block.paragraph(paragraph.toString(), heading == null ? null : "раздел «" + heading + "»", heading));
            paragraph.setLength(0);
        }
    }

    private static String firstLine(String text) {
        String first = Sentences.split(text).getFirst().replace('\n', ' ');
        return first.length() <= 120 ? first : first.substring(0, 117) + "…";
    }

    /** Removes the Markdown marks that would only be noise in search and snippets. */
    static String stripMarkup(String line) {
        return line.replaceAll("^[-*+]\\s+|^>\\s*|^\\d+[.)]\\s+", "")
                .replaceAll("\\*\\*|__|`", "")
                .replaceAll("\\[([^\\]]+)]\\([^)]*\\)", "$1")
                .replaceAll("^\\|\\s*|\\s*\\|$", "").replace(" | ", "; ");
    }
}
