package ru.sppr.chat.cli;

import java.time.Duration;
import java.util.Locale;

/**
 * One line of the ingest progress, fitted to the terminal's width: files done of all, MB done of all (one decimal),
 * the rate in MB/s and files/s, the time left; the bar takes what room is left. Pure: the caller passes the time.
 * <pre>Загрузка  42% [=======>         ] файлы 12/46  3,4/8,1 МБ  1,2 МБ/с  ост. 0:04</pre>
 */
record ProgressLine(int filesDone, int files, long bytesDone, long bytes, Duration elapsed) {
    private static final double MB = 1024.0 * 1024.0;
    private static final int MIN_BAR = 6;

    /** The line, at most {@code width - 1} characters (the last column would wrap on some terminals). */
    String render(int width) {
        int limit = Math.max(20, width - 1);
        double fraction = bytes > 0 ? Math.min(1, (double) bytesDone / bytes) : files > 0 ? (double) filesDone / files : 0;
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 0.001);
        String head = String.format(Locale.ROOT, "Загрузка %3d%% ", Math.round(fraction * 100));
        String tail = String.format(new Locale("ru"), " файлы %d/%d  %.1f/%.1f МБ  %.1f МБ/с%s",
                filesDone, files, bytesDone / MB, bytes / MB, bytesDone / MB / seconds, left(fraction, seconds));
        int room = limit - head.length() - tail.length() - 2;
        if (room < MIN_BAR) {
            tail = String.format(new Locale("ru"), " %d/%d  %.1f/%.1f МБ  %.1f МБ/с",
                    filesDone, files, bytesDone / MB, bytes / MB, bytesDone / MB / seconds);
            room = limit - head.length() - tail.length() - 2;
        }
        String line = room >= MIN_BAR ? head + bar(fraction, room) + tail : head.strip() + tail;
        return line.length() > limit ? line.substring(0, limit) : line;
    }

    private static String bar(double fraction, int width) {
        int filled = (int) Math.round(fraction * width);
        var bar = new StringBuilder("[");
        for (int i = 0; i < width; i++) {
            bar.append(i < filled - 1 || (i == filled - 1 && fraction >= 1) ? '=' : i == filled - 1 ? '>' : ' ');
        }
        return bar.append(']').toString();
    }

    private static String left(double fraction, double seconds) {
        if (fraction <= 0 || fraction >= 1) {
            return "";
        }
        long remaining = Math.round(seconds / fraction - seconds);
        return String.format(Locale.ROOT, "  ост. %d:%02d", remaining / 60, remaining % 60);
    }
}
