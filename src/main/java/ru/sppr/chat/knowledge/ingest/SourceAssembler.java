package ru.sppr.chat.knowledge.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Clearance;

/** Turns a parsed source into a stored one: a stable id, chunks as fragments, metadata, and a content hash. */
final class SourceAssembler {
    private static final Pattern SAFE_ID = Pattern.compile("[\\p{Alnum}_.:-]{1,100}");

    private SourceAssembler() {
    }

    static SourceDocument assemble(ParsedSource parsed, String origin, Sidecar sidecar, IngestOptions options, Instant now) {
        String id = id(parsed.key(), origin);
        Clearance access = sidecar.access() != null ? sidecar.access() : options.access();
        var tags = new LinkedHashSet<>(options.tags());
        tags.addAll(sidecar.tags());
        Instant observed = sidecar.observedAt() != null ? sidecar.observedAt() : parsed.observedAt();
        String title = parsed.key() == null && sidecar.title() != null ? sidecar.title() : parsed.title();
        List<Fragment> fragments = new ArrayList<>();
        for (Chunker.Chunk c : Chunker.chunk(parsed.blocks())) {
            fragments.add(new Fragment(id, fragments.size(), c.text(), c.location(), c.heading(), c.observedAt()));
        }
        if (fragments.isEmpty()) {
            throw new UnreadableSourceException(origin + ": нет текста для поиска");
        }
        String hash = hash(title, parsed.type(), access, List.copyOf(tags), observed, fragments);
        return new SourceDocument(new Source(id, title.strip(), parsed.type(), origin, hash, access, List.copyOf(tags), observed, now),
                fragments);
    }

    /** Records keep their own id when it is safe to show; everything else gets one derived from its origin. */
    static String id(String key, String origin) {
        if (key != null && SAFE_ID.matcher(key).matches()) {
            return key;
        }
        return "src-" + sha256(origin + "\u0000" + (key == null ? "" : key)).substring(0, 16);
    }

    private static String hash(String title, SourceType type, Clearance access, List<String> tags, Instant observed,
                               List<Fragment> fragments) {
        var canonical = new StringBuilder().append(title).append('\u0000').append(type).append('\u0000').append(access)
                .append('\u0000').append(tags).append('\u0000').append(observed);
        for (Fragment f : fragments) {
            canonical.append('\u0001').append(f.text()).append('\u0000').append(f.location()).append('\u0000')
                    .append(f.heading()).append('\u0000').append(f.observedAt());
        }
        return sha256(canonical.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
