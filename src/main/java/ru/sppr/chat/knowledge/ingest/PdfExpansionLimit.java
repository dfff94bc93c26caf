package ru.sppr.chat.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Refuses a PDF whose page content streams inflate too far before the text extractor holds a page in memory (a
 * 4 MB PDF with one 1 GiB page filled a 2 GiB heap in 47 s): each Flate-compressed content stream is inflated
 * through a counting read of its raw bytes and the read stops at {@link ExpansionLimit}'s limits. Only the first
 * {@link TikaParser#MAX_PAGES} pages are looked at; a longer document is refused by the page limit anyway.
 */
final class PdfExpansionLimit {
    private PdfExpansionLimit() {
    }

    static void check(Path file) throws IOException {
        long limit = ExpansionLimit.limitFor(Files.size(file));
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = 0;
            for (PDPage page : pdf.getPages()) {
                if (++pages > TikaParser.MAX_PAGES) {
                    return;
                }
                for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
                    try (InputStream in = decoded(streams.next().getCOSObject())) {
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            total += n;
                            if (total > limit) {
                                throw new UnreadableSourceException(file.getFileName() + ": " + ExpansionLimit.BOMB);
                            }
                        }
                    }
                }
            }
        } catch (InvalidPasswordException e) {
            // an encrypted document: Tika reports it with its own reason
        }
    }

    /** Flate streams are inflated here, from the raw bytes, so that nothing is decoded ahead into memory. */
    private static InputStream decoded(COSStream stream) throws IOException {
        if (COSName.FLATE_DECODE.equals(stream.getFilters())) {
            return new InflaterInputStream(stream.createRawInputStream(), new Inflater());
        }
        return stream.createInputStream();
    }
}
