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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
    private static final int TITLE_CHARS = 120;
    /** A title of a kind and its issuer may be longer: «ОПЕРАТИВНОЕ ДОНЕСЕНИЕ о нарушениях … (… ЗАРЕЧНЫЙ РАЙОН ЭЛЕКТРИЧЕСКИХ СЕТЕЙ)». */
    private static final int KIND_TITLE_CHARS = 160;
    /** «ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ», «СЕКРЕТНО»: a marking above a letterhead, not an issuer. */
    private static final Pattern MARKING = Pattern.compile("(?iu)(?:для\\s+служебного|дсп(?!\\p{L})|секретно|совершенно|конфиденциально|экз\\.)");
    /** A document's kind in capitals, maybe after a word of its own («ОПЕРАТИВНАЯ СВОДКА», «СЛУЖЕБНАЯ ЗАПИСКА»). */
    private static final Pattern KIND = Pattern.compile("(?:[А-ЯЁ-]+\\s+)?(?:СВОДКА|ДОНЕСЕНИЕ|ПРЕДУПРЕЖДЕНИЕ|СПИСОК|АКТ|РЕШЕНИЕ|ПРОТОКОЛ|СПРАВКА|"
            + "ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|ДОКЛАД|ЗАПИСКА|БЮЛЛЕТЕНЬ|ПРОГНОЗ|ОБЪЯВЛЕНИЕ|ПАМЯТКА|ВЫПИСКА|ПЛАН|ОТЧЁТ|ОТЧЕТ|ИНФОРМАЦИЯ)"
            + "(?![А-ЯЁа-яё])");
    /** A line going on with a title: begun in lower case or with a bracket («об опасном гидрологическом явлении», «(форма 2/ЧС)»). */
    private static final Pattern CONTINUES = Pattern.compile("[а-яё(]");
    /** The opening blocks looked through for the kind, and the lines after it that may go on with it. */
    private static final int OPENING_BLOCKS = 4;
    private static final int CONTINUATION_LINES = 2;

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
            title = blocks.isEmpty() ? file.getFileName().toString() : kindLine(blocks).orElseGet(() -> firstLine(blocks.getFirst().text()));
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

    /**
     * A plain text's title when its opening names what kind of document it is: the line naming the kind and the lines
     * that go on with it («ШТОРМОВОЕ ПРЕДУПРЕЖДЕНИЕ № 12 об опасном гидрологическом явлении», «ДОНЕСЕНИЕ о факте … (форма
     * 2/ЧС)»), then in brackets the issuer whose letterhead stands above it, by its first line («(ЕДДС ЗАРЕЧНОГО
     * МУНИЦИПАЛЬНОГО РАЙОНА)»), not a restriction marking («ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ»).
     */
    static Optional<String> kindLine(List<Block> blocks) {
        List<String> lines = blocks.stream().limit(OPENING_BLOCKS).flatMap(b -> Arrays.stream(b.text().split("\\n"))).map(String::strip).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (KIND.matcher(lines.get(i)).lookingAt()) {
                StringBuilder title = new StringBuilder(lines.get(i));
                for (int j = i + 1; j < lines.size() && j <= i + CONTINUATION_LINES && CONTINUES.matcher(lines.get(j)).lookingAt(); j++) {
                    title.append(' ').append(lines.get(j));
                }
                lines.subList(0, i).stream().filter(line -> !MARKING.matcher(line).lookingAt()).findFirst()
                        .ifPresent(issuer -> title.append(" (").append(issuer).append(')'));
                return Optional.of(cut(title.toString(), KIND_TITLE_CHARS));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        return cut(Sentences.split(text).getFirst().replace('\n', ' '), TITLE_CHARS);
    }

    private static String cut(String title, int chars) {
        return title.length() <= chars ? title : title.substring(0, chars - 3) + "…";
    }

    /** Removes the Markdown marks that would only be noise in search and snippets. */
    static String stripMarkup(String line) {
        return line.replaceAll("^[-*+]\\s+|^>\\s*|^\\d+[.)]\\s+", "")
                .replaceAll("\\*\\*|__|`", "")
                .replaceAll("\\[([^\\]]+)]\\([^)]*\\)", "$1")
                .replaceAll("^\\|\\s*|\\s*\\|$", "").replace(" | ", "; ");
    }
}
