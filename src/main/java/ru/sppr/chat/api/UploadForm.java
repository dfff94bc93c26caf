package ru.sppr.chat.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.user.Clearance;

/**
 * The multipart form of an upload, read only after the caller's role is checked: a body announced larger than the
 * limit is refused before a byte of it is read, a file that grows past the limit while streaming is refused then,
 * and a malformed body (no boundary, wrong boundary, cut short) is a 400 — each with the JSON envelope.
 */
record UploadForm(List<UploadedFile> files, IngestOptions options) {
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final long MAX_REQUEST_BYTES = MAX_FILE_BYTES * 4;
    /** A part larger than this is written to the request's {@link UploadSpill} directory while it is read. */
    static final int MAX_IN_MEMORY_BYTES = 1024 * 1024;
    /** How much of a refused upload's remaining body is read and dropped before the 413 is sent. */
    static final long DRAIN_BYTES = 16L * 1024 * 1024;

    static UploadForm read(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw new InvalidRequestException("file", "ожидается multipart/form-data с полем file");
        }
        if (ctx.contentLength() > MAX_REQUEST_BYTES) {
            throw new PayloadTooLarge(tooLarge());
        }
        try {
            List<UploadedFile> files = ctx.uploadedFiles("file");
            if (files.isEmpty()) {
                throw new InvalidRequestException("file", "нет файла в поле file");
            }
            for (UploadedFile file : files) {
                if (file.size() > MAX_FILE_BYTES) {
                    throw new PayloadTooLarge(tooLarge());
                }
            }
            String access = ctx.formParam("access");
            String tags = ctx.formParam("tags");
            return new UploadForm(files, new IngestOptions(
                    access == null || access.isBlank() ? Clearance.INTERNAL : Clearance.parse("access", access),
                    tags == null ? List.of() : Arrays.asList(tags.split(","))));
        } catch (InvalidRequestException | PayloadTooLarge e) {
            throw e;
        } catch (Exception e) {  // Jetty throws ServletException, undeclared through Javalin
            if (sizeExceeded(e)) {
                throw new PayloadTooLarge(tooLarge());
            }
            throw new InvalidRequestException("file", "тело запроса — повреждённый multipart/form-data "
                    + "(нет или неверная граница boundary, или тело оборвано)");
        }
    }

    static String tooLarge() {
        return "файл больше " + MAX_FILE_BYTES / (1024 * 1024) + " МиБ или запрос больше "
                + MAX_REQUEST_BYTES / (1024 * 1024) + " МиБ — разделите загрузку";
    }

    /** Whether the servlet container stopped reading because a part or the request passed its size limit. */
    private static boolean sizeExceeded(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("exceed") || message.contains("too large") || message.contains("max file size")
                    || message.contains("max request size") || message.contains("413")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads and drops what is left of a refused upload's body, at most {@value #DRAIN_BYTES} bytes: a client still
     * sending the rest of a file over the limit, or of one it may not upload, then reads the 413 (401, 403) rather than
     * a connection reset. A body with more
     * left than that is cut off, as before; one announced over the request limit is refused unread.
     */
    static void drainRest(Context ctx) {
        if (ctx.contentLength() > MAX_REQUEST_BYTES) {
            return;  // refused before a byte of it was read: nothing is waited for
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = DRAIN_BYTES;
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= read;
            }
        } catch (IOException | RuntimeException e) {
            // the body is gone or no longer readable: the refusal goes out all the same
        }
    }

    /** A 413 whose message names the limit. */
    static final class PayloadTooLarge extends RuntimeException {
        PayloadTooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
