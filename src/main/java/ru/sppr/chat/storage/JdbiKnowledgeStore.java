package ru.sppr.chat.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.KnowledgeStore;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.knowledge.source.SourceSummary;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;

/** Sources and fragments in {@code kb_*} tables; writes lock {@code kb_state} so change numbers commit in order. */
public final class JdbiKnowledgeStore implements KnowledgeStore {
    private static final String SOURCE_COLUMNS =
            "id, title, type, origin, content_hash, access, tags, observed_at, ingested_at, fragment_count";
    private static final int FRAGMENT_BATCH = 1000;
    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiKnowledgeStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public SaveResult saveAll(List<SourceDocument> documents, String batchLabel, Caller actor) {
        return jdbi.inTransaction(h -> {
            Map<String, String> existing = existingHashes(h, documents);
            List<SaveOutcome> outcomes = documents.stream().map(d -> {
                String hash = existing.get(d.source().id());
                return hash == null ? SaveOutcome.ADDED
                        : hash.equals(d.source().contentHash()) ? SaveOutcome.UNCHANGED : SaveOutcome.UPDATED;
            }).toList();
            if (outcomes.stream().allMatch(o -> o == SaveOutcome.UNCHANGED)) {
                return new SaveResult(outcomes, -1);
            }
            long seq = nextChangeSeq(h);
            Instant now = clock.instant();
            List<SourceDocument> updated = new ArrayList<>();
            List<SourceDocument> added = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                switch (outcomes.get(i)) {
                    case ADDED -> added.add(documents.get(i));
                    case UPDATED -> updated.add(documents.get(i));
                    case UNCHANGED -> { }
                }
            }
            if (!updated.isEmpty()) {
                h.createUpdate("DELETE FROM kb_fragments WHERE source_id IN (<ids>)")
                        .bindList("ids", updated.stream().map(d -> d.source().id()).toList()).execute();
                h.createUpdate("DELETE FROM kb_sources WHERE id IN (<ids>)")
                        .bindList("ids", updated.stream().map(d -> d.source().id()).toList()).execute();
            }
            List<SourceDocument> written = new ArrayList<>(added);
            written.addAll(updated);
            insertSources(h, written, seq, now);
            insertFragments(h, written);
            AuditAppender.append(h, AuditEventType.INGEST, actor, null, Map.of(
                    "batch", truncate(batchLabel, 500), "added", Integer.toString(added.size()),
                    "updated", Integer.toString(updated.size()),
                    "unchanged", Integer.toString(documents.size() - written.size()),
                    "sources", truncate(written.stream().map(d -> d.source().id()).collect(Collectors.joining(",")), 2000),
                    "change_seq", Long.toString(seq)), now);
            return new SaveResult(outcomes, seq);
        });
    }

    private static Map<String, String> existingHashes(Handle h, List<SourceDocument> documents) {
        Map<String, String> hashes = new HashMap<>();
        List<String> ids = documents.stream().map(d -> d.source().id()).toList();
        for (int from = 0; from < ids.size(); from += FRAGMENT_BATCH) {
            h.createQuery("SELECT id, content_hash FROM kb_sources WHERE id IN (<ids>)")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + FRAGMENT_BATCH)))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> hashes.put(e.getKey(), e.getValue()));
        }
        return hashes;
    }

    private static long nextChangeSeq(Handle h) {
        h.createUpdate("UPDATE kb_state SET change_seq = change_seq + 1 WHERE id = 1").execute();
        return h.createQuery("SELECT change_seq FROM kb_state WHERE id = 1").mapTo(Long.class).one();
    }

    private static void insertSources(Handle h, List<SourceDocument> docs, long seq, Instant now) {
        if (docs.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("""
                INSERT INTO kb_sources (id, title, type, origin, content_hash, access, tags, observed_at, ingested_at,
                                        fragment_count, change_seq)
                VALUES (:id, :title, :type, :origin, :hash, :access, :tags, :observed, :ingested, :fragments, :seq)""");
        for (SourceDocument d : docs) {
            Source s = d.source();
            batch.bind("id", s.id()).bind("title", truncate(s.title(), 512)).bind("type", s.type().code())
                    .bind("origin", truncate(s.origin(), 1024)).bind("hash", s.contentHash())
                    .bind("access", s.access().code()).bind("tags", String.join(",", s.tags()))
                    .bind("observed", Times.bind(s.observedAt())).bind("ingested", Times.bind(now))
                    .bind("fragments", d.fragments().size()).bind("seq", seq).add();
        }
        batch.execute();
    }

    private static void insertFragments(Handle h, List<SourceDocument> docs) {
        var batch = h.prepareBatch("""
                INSERT INTO kb_fragments (source_id, ordinal, text, location, heading, observed_at)
                VALUES (:source, :ordinal, :text, :location, :heading, :observed)""");
        int pending = 0;
        for (SourceDocument d : docs) {
            for (Fragment f : d.fragments()) {
                batch.bind("source", f.sourceId()).bind("ordinal", f.ordinal()).bind("text", f.text())
                        .bind("location", truncate(f.location(), 256)).bind("heading", truncate(f.heading(), 512))
                        .bind("observed", Times.bind(f.observedAt())).add();
                if (++pending == FRAGMENT_BATCH) {
                    batch.execute();
                    pending = 0;
                }
            }
        }
        if (pending > 0) {
            batch.execute();
        }
    }

    @Override
    public Optional<SourceDocument> load(String sourceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SOURCE_COLUMNS + " FROM kb_sources WHERE id = :id")
                .bind("id", sourceId).map(JdbiKnowledgeStore::mapSource).findOne()
                .map(s -> new SourceDocument(s, fragments(h, List.of(s.id())).getOrDefault(s.id(), List.of()))));
    }

    @Override
    public boolean delete(String sourceId, Caller actor) {
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM kb_sources WHERE id = :id").bind("id", sourceId).mapTo(Integer.class).one() == 0) {
                return false;
            }
            long seq = nextChangeSeq(h);
            h.createUpdate("DELETE FROM kb_fragments WHERE source_id = :id").bind("id", sourceId).execute();
            h.createUpdate("DELETE FROM kb_sources WHERE id = :id").bind("id", sourceId).execute();
            h.createUpdate("INSERT INTO kb_deletions (source_id, change_seq) VALUES (:id, :seq)")
                    .bind("id", sourceId).bind("seq", seq).execute();
            AuditAppender.append(h, AuditEventType.SOURCE_DELETED, actor, null,
                    Map.of("source_id", sourceId, "change_seq", Long.toString(seq)), clock.instant());
            return true;
        });
    }

    @Override
    public List<SourceSummary> list(SourceQuery q) {
        var where = new ArrayList<String>();
        var allowed = Arrays.stream(Clearance.values()).filter(q.clearance()::covers).map(Clearance::code).toList();
        where.add("access IN (<allowed>)");
        if (q.type() != null) where.add("type = :type");
        if (q.tag() != null) where.add("(',' || tags || ',') LIKE :tag");
        if (q.from() != null) where.add("observed_at >= :from");
        if (q.to() != null) where.add("observed_at <= :to");
        if (q.titleContains() != null) where.add("LOWER(title) LIKE :title");
        String sql = "SELECT " + SOURCE_COLUMNS + " FROM kb_sources WHERE " + String.join(" AND ", where)
                + " ORDER BY observed_at DESC NULLS LAST, id LIMIT :limit OFFSET :offset";
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql).bindList("allowed", allowed).bind("limit", q.limit()).bind("offset", q.offset());
            if (q.type() != null) query.bind("type", q.type().code());
            if (q.tag() != null) query.bind("tag", "%," + likeEscape(q.tag()) + ",%");
            if (q.from() != null) query.bind("from", Times.bind(q.from()));
            if (q.to() != null) query.bind("to", Times.bind(q.to()));
            if (q.titleContains() != null) query.bind("title", "%" + likeEscape(q.titleContains().toLowerCase()) + "%");
            return query.map((rs, ctx) -> new SourceSummary(mapSource(rs, ctx), rs.getInt("fragment_count"))).list();
        });
    }

    @Override
    public Changes changesSince(long changeSeq) {
        return changesBetween(changeSeq, Long.MAX_VALUE);
    }

    @Override
    public Changes changesBetween(long after, long upTo) {
        return jdbi.inTransaction(h -> {
            long current = Math.min(upTo, h.createQuery("SELECT change_seq FROM kb_state WHERE id = 1").mapTo(Long.class).one());
            List<Source> sources = h.createQuery("SELECT " + SOURCE_COLUMNS + " FROM kb_sources WHERE change_seq > :seq AND change_seq <= :current"
                            + " ORDER BY change_seq, observed_at NULLS LAST, id")
                    .bind("seq", after).bind("current", current).map(JdbiKnowledgeStore::mapSource).list();
            List<String> removed = h.createQuery("SELECT DISTINCT source_id FROM kb_deletions WHERE change_seq > :seq AND change_seq <= :current")
                    .bind("seq", after).bind("current", current).mapTo(String.class).list();
            Map<String, List<Fragment>> fragments = new HashMap<>();
            List<String> ids = sources.stream().map(Source::id).toList();
            for (int from = 0; from < ids.size(); from += FRAGMENT_BATCH) {
                fragments.putAll(fragments(h, ids.subList(from, Math.min(ids.size(), from + FRAGMENT_BATCH))));
            }
            List<SourceDocument> written = sources.stream()
                    .map(s -> new SourceDocument(s, fragments.getOrDefault(s.id(), List.of()))).toList();
            return new Changes(current, written, removed);
        });
    }

    @Override
    public long changeSeq() {
        return jdbi.withHandle(h -> h.createQuery("SELECT change_seq FROM kb_state WHERE id = 1").mapTo(Long.class).one());
    }

    @Override
    public long fragmentCount() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kb_fragments").mapTo(Long.class).one());
    }

    @Override
    public void forEachDocument(Consumer<SourceDocument> consumer) {
        jdbi.useHandle(h -> {
            List<Source> page;
            String after = "";
            do {
                page = h.createQuery("SELECT " + SOURCE_COLUMNS + " FROM kb_sources WHERE id > :after ORDER BY id LIMIT :n")
                        .bind("after", after).bind("n", FRAGMENT_BATCH).map(JdbiKnowledgeStore::mapSource).list();
                if (page.isEmpty()) {
                    return;
                }
                Map<String, List<Fragment>> fragments = fragments(h, page.stream().map(Source::id).toList());
                for (Source s : page) {
                    consumer.accept(new SourceDocument(s, fragments.getOrDefault(s.id(), List.of())));
                }
                after = page.getLast().id();
            } while (page.size() == FRAGMENT_BATCH);
        });
    }

    private static Map<String, List<Fragment>> fragments(Handle h, List<String> sourceIds) {
        return h.createQuery("SELECT source_id, ordinal, text, location, heading, observed_at FROM kb_fragments"
                        + " WHERE source_id IN (<ids>) ORDER BY source_id, ordinal")
                .bindList("ids", sourceIds)
                .map((rs, ctx) -> new Fragment(rs.getString("source_id"), rs.getInt("ordinal"), rs.getString("text"),
                        rs.getString("location"), rs.getString("heading"), Times.read(rs, "observed_at")))
                .collect(Collectors.groupingBy(Fragment::sourceId));
    }

    private static Source mapSource(ResultSet rs, StatementContext ctx) throws SQLException {
        String tags = rs.getString("tags");
        return new Source(rs.getString("id"), rs.getString("title"), SourceType.parse("type", rs.getString("type")),
                rs.getString("origin"), rs.getString("content_hash"), Clearance.parse("access", rs.getString("access")),
                tags.isEmpty() ? List.of() : List.of(tags.split(",")), Times.read(rs, "observed_at"),
                Times.read(rs, "ingested_at"));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String likeEscape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
