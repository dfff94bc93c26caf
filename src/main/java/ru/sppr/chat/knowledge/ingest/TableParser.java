package ru.sppr.chat.knowledge.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * Tables (CSV, TSV, XLSX, XLS): every row becomes a fragment that carries its header ("столбец: значение; …"), a
 * machine column name in Russian words («level_cm» → «уровень, см», {@link ColumnNames}); a column named like a date or
 * time gives the row its observed time.
 */
final class TableParser implements SourceParser {
    private static final List<String> TIME_COLUMNS = List.of("date_time", "datetime", "timestamp", "time", "date",
            "дата_время", "дата и время", "дата", "время", "observed_at");

    private final DateFinder dates;

    TableParser(DateFinder dates) {
        this.dates = dates;
    }

    @Override
    public void parse(Path file, Consumer<ParsedSource> out) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            out.accept(csv(file, name.endsWith(".tsv") ? '\t' : delimiter(file)));
        } else {
            spreadsheet(file, out);
        }
    }

    private static char delimiter(Path file) throws IOException {
        String first;
        try (var reader = Files.newBufferedReader(file)) {
            first = reader.readLine();
        }
        if (first == null) {
            throw new UnreadableSourceException(file.getFileName() + ": пустая таблица");
        }
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private ParsedSource csv(Path file, char delimiter) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Block> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file); var parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>();
                record.forEach(values::add);
                rows.add(row(header, values, "строка " + (record.getRecordNumber() + 1)));
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UnreadableSourceException(file.getFileName() + ": некорректный CSV (незакрытые кавычки или лишние символы после них)", e);
        }
        if (rows.isEmpty()) {
            throw new UnreadableSourceException(file.getFileName() + ": в таблице нет строк");
        }
        return new ParsedSource(null, "Таблица " + file.getFileName(), SourceType.TABLE, latest(rows), rows);
    }

    private void spreadsheet(Path file, Consumer<ParsedSource> out) throws IOException {
        FileSignature.check(file);
        var formatter = new DataFormatter(Locale.forLanguageTag("ru"));
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                List<String> header = null;
                List<Block> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        values.add(cell(row.getCell(c), formatter));
                    }
                    if (values.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (header == null) {
                        header = values;
                    } else {
                        rows.add(row(header, values, "лист «" + sheet.getSheetName() + "», строка " + (row.getRowNum() + 1)));
                    }
                }
                if (!rows.isEmpty()) {
                    String key = workbook.getNumberOfSheets() > 1 ? sheet.getSheetName() : null;
                    String title = "Таблица " + file.getFileName() + (key == null ? "" : ", лист «" + key + "»");
                    out.accept(new ParsedSource(key, title, SourceType.TABLE, latest(rows), rows));
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableSourceException(file.getFileName() + ": таблица зашифрована");
        } catch (RuntimeException e) {
            throw new UnreadableSourceException(file.getFileName() + ": не удалось прочитать таблицу", e);
        }
    }

    private static String cell(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private Block row(List<String> header, List<String> values, String location) {
        StringBuilder text = new StringBuilder();
        Instant observed = null;
        for (int i = 0; i < values.size(); i++) {
            String column = i < header.size() && !header.get(i).isBlank() ? header.get(i) : "столбец " + (i + 1);
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            text.append(text.isEmpty() ? "" : "; ").append(ColumnNames.readable(column)).append(": ").append(value);
            if (observed == null && TIME_COLUMNS.contains(column.toLowerCase(Locale.ROOT).strip())) {
                observed = dates.parseValue(value).orElse(null);
            }
        }
        return new Block(text.toString(), location, null, observed, true);
    }

    private static Instant latest(List<Block> rows) {
        return rows.stream().map(Block::observedAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }
}
