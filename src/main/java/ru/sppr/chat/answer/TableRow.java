package ru.sppr.chat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table row as a person reads it in a list of sources: of «дата: 2026-04-11T08:00; населённый пункт: с. Нижние Ключи;
 * эвакуировано (отселено), чел.: 312; в ПВР, чел.: 119; …» the cells that say when and where and those holding a figure
 * the answer gives — «08:00 11.04.2026; с. Нижние Ключи; эвакуировано (отселено), чел.: 312» — not every column.
 */
final class TableRow {
    private static final Pattern CELL = Pattern.compile("([^:;\\n]{1,80}):\\s*([^;\\n]*)");
    private static final Pattern ROW = Pattern.compile("(?:[^:;\\n]{1,80}:\\s*[^;\\n]*;\\s*){2,}[^:;\\n]{1,80}:\\s*[^;\\n]*;?\\s*");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2})(?::\\d{2})?)?");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[,.]\\d+)?");
    /**
     * A table row quoted in an answer: cells «name: value» joined by «; », the first one a date in ISO form («дата:
     * 2026-04-11T20:00; пункт временного размещения: ПВР № 3 …; размещено на 20:00, чел.: 15»), up to the citation mark.
     */
    private static final Pattern QUOTED_ROW = Pattern.compile("(?<![^\\s(])[^:;\\n\\[\\]]{1,80}: \\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:[+-]\\d{2}:\\d{2}|Z)?)?"
            + "(?:; [^;\\n\\[\\]]{1,200}){2,}");
    private static final Pattern FIGURE = Pattern.compile("[+−-]?\\d+(?:[,.]\\d+)?");
    /** Cells without a figure that name when and where: at most so many are kept. */
    private static final int LABELS = 2;

    private TableRow() {
    }

    /**
     * An answer with each table row it quotes as a person reads it: the date as «20:00 11.04.2026», a cell without a
     * figure by its value alone («ПВР № 3 — МБОУ «Ключевская СОШ»», not «пункт временного размещения: …»), a figure with
     * the name of its column («размещено на 20:00, чел.: 15») — every cell kept, no raw column names before words.
     */
    static String shownIn(String answer) {
        return QUOTED_ROW.matcher(answer).replaceAll(row -> Matcher.quoteReplacement(shown(row.group())));
    }

    private static String shown(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("; ")) {
            int colon = cell.lastIndexOf(": ");
            String name = colon < 0 ? "" : cell.substring(0, colon).strip();
            String value = (colon < 0 ? cell : cell.substring(colon + 2)).strip();
            Matcher iso = ISO.matcher(value);
            if (iso.lookingAt()) {
                String day = iso.group(3) + "." + iso.group(2) + "." + iso.group(1);
                cells.add(iso.group(4) == null ? day : iso.group(4) + " " + day);
            } else if (FIGURE.matcher(value).matches() && !name.isEmpty()) {
                cells.add(name + ": " + value);
            } else if (!value.isEmpty()) {
                cells.add(value);
            }
        }
        return String.join("; ", cells) + row.substring(row.stripTrailing().length());
    }

    /** The row's readable cells, or the snippet itself when it is not a row of three cells or more. */
    static String readable(String snippet, String answer) {
        if (snippet == null || !ROW.matcher(snippet.strip()).matches()) {
            return snippet;
        }
        List<String> kept = new ArrayList<>();
        int labels = 0;
        Matcher cell = CELL.matcher(snippet);
        while (cell.find()) {
            String name = cell.group(1).strip();
            String value = cell.group(2).strip();
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                String day = iso.group(3) + "." + iso.group(2) + "." + iso.group(1);
                if (labels++ < LABELS) {
                    kept.add(iso.group(4) == null ? day : iso.group(4) + " " + day);
                }
            } else if (NUMBER.matcher(value).matches()) {
                if (Pattern.compile("(?<![\\d,.])" + Pattern.quote(value) + "(?![\\d,])").matcher(answer).find()) {
                    kept.add(name + ": " + value);
                }
            } else if (!value.isEmpty() && labels++ < LABELS) {
                kept.add(value);
            }
        }
        return kept.isEmpty() ? snippet : String.join("; ", kept);
    }
}
