package ru.sppr.chat.situation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.KnowledgeStore;
import ru.sppr.chat.knowledge.source.Publisher;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceListener;
import ru.sppr.chat.situation.ReportAnalysis.FragmentFindings;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.IncidentFilter;
import ru.sppr.chat.situation.SituationStore.IncidentRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationViews.EntityCard;
import ru.sppr.chat.situation.SituationViews.Figure;
import ru.sppr.chat.situation.SituationViews.FigureHistory;
import ru.sppr.chat.situation.SituationViews.IncidentCard;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;

/**
 * The situation model's use cases: follow the knowledge base — derive what a stored source says (mentions,
 * observations) and group it into incidents, forget a removed source ({@link SituationFollower}); rebuild everything
 * from the knowledge base when the rules change; and read incidents and entities within the reader's clearance.
 */
public final class SituationModel implements SourceListener {
    /** Bump when extraction or grouping rules change: a database derived by other rules is rebuilt at start. */
    public static final int RULES_VERSION = 30;
    private static final Logger LOG = LoggerFactory.getLogger(SituationModel.class);
    /**
     * Besides the incidents sharing a place or object with a report, this many of the most recent of its type in the
     * window are scored too, whatever they name (a report may name no place).
     */
    private static final int RECENT = 30;
    private static final int REBUILD_BATCH = 500;
    /** How many read changes may wait to be grouped (each holds its sources in memory). */
    private static final int PENDING = 2;

    private final SituationStore store;
    private final MentionExtractor extractor;
    private final ObservationExtractor observations;
    private final PlaceHierarchy hierarchy = new PlaceHierarchy();
    private final IncidentIndex incidents;
    private final ZoneId zone;
    private final KnowledgeStore knowledge;
    private final SituationFollower follower;
    /** Groups read changes into incidents (in order) while the follower reads the next. */
    private final ExecutorService grouping = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("chat-situation-grouping").factory());
    private final Semaphore room = new Semaphore(PENDING);

    /** A model of what {@code knowledge} holds; it follows the knowledge base once {@link #start() started}. */
    public SituationModel(SituationStore store, MentionExtractor extractor, ZoneId zone, KnowledgeStore knowledge) {
        this.store = Objects.requireNonNull(store, "store");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.incidents = new IncidentIndex(store);
        this.observations = new ObservationExtractor(extractor);
        for (EntityRow place : store.knownPlaces()) {
            extractor.learn(place.kind(), place.name(), place.key());
        }
        store.reportKeys().values().forEach(hierarchy::learn);
        this.follower = new SituationFollower(knowledge, store, new SituationFollower.Derivation() {
            @Override
            public void apply(KnowledgeStore.Changes changes, Runnable then) {
                follow(changes, then);
            }

            @Override
            public void drain() {
                grouped();
            }

            @Override
            public void rebuild(long seq) {
                rebuildNow(seq);
            }
        }, Clock.systemUTC());
    }

    /**
     * Rebuilds the model when it was derived by other rules (or never), then follows what the knowledge base changed
     * since the model last followed it (sources stored by a process that exited, or while this one was down).
     */
    public void start() {
        if (store.rulesVersion() != RULES_VERSION && store.claimRules(RULES_VERSION)) {
            follower.rebuild();
        }
        follower.changed();
    }

    /** The model waits while an ingest run stores sources, so as not to compete with it for the cores. */
    @Override
    public void ingestStarted() {
        follower.ingestStarted();
    }

    @Override
    public void ingestEnded() {
        follower.ingestEnded();
    }

    @Override
    public void changed() {
        follower.changed();
    }

    /**
     * Waits until the model holds every source stored or removed before the call; false when {@code timeout} ran out
     * first. An ingest reports once its sources are searchable; what needs the model up to date (the CLI before it exits,
     * the evaluations) waits here.
     */
    public boolean awaitFollowed(Duration timeout) {
        return follower.await(timeout);
    }

    /** How many knowledge changes (ingest batches, removals) the model has yet to follow. */
    public long lag() {
        return follower.lag();
    }

    /** Stops following at the next change; the next start on the database follows the rest. */
    @Override
    public void close() {
        follower.close();
        grouping.shutdown();
        try {
            grouping.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads what a change wrote on the calling thread (and every other core), then hands it to the grouping thread, which
     * forgets what the change removed, groups what it wrote into incidents and runs {@code then}: the next change is read
     * while this one is grouped. At most {@link #PENDING} read changes wait to be grouped.
     */
    private void follow(KnowledgeStore.Changes changes, Runnable then) {
        List<SourceDocument> written = changes.written();
        List<ReportAnalysis> reports = written.isEmpty() ? List.of() : analyse(written);
        room.acquireUninterruptibly();
        try {
            grouping.execute(() -> {
                try {
                    changes.removed().forEach(this::forget);
                    apply(written, reports);
                } catch (RuntimeException e) {
                    LOG.error("Situation model not updated for knowledge change {} ({} sources; rebuild it with chat-sppr situation rebuild)",
                            changes.changeSeq(), written.size() + changes.removed().size(), e);
                } finally {
                    try {
                        then.run();
                    } finally {
                        room.release();
                    }
                }
            });
        } catch (RejectedExecutionException closed) {
            room.release();
            throw closed;
        }
    }

    /** Returns once every change handed to the grouping thread is grouped. */
    private void grouped() {
        room.acquireUninterruptibly(PENDING);
        room.release(PENDING);
    }

    /** On the grouping thread. */
    private void apply(List<SourceDocument> documents, List<ReportAnalysis> reports) {
        if (documents.isEmpty()) {
            return;
        }
        incidents.refresh();
        long linked = store.reportCount();
        store.write(reports);
        if (store.reportCount() != linked) {
            incidents.invalidate();
            incidents.refresh();
        }
        for (int i = 0; i < documents.size(); i++) {
            group(documents.get(i), reports.get(i));
        }
    }

    /** On the grouping thread. */
    private void forget(String sourceId) {
        store.forget(sourceId);
        incidents.invalidate();
    }

    /** Rebuilds the model from every stored source; returns when it is done. */
    public void rebuild() {
        follower.rebuild();
    }

    /** On the follower's thread, with nothing left to group. */
    private void rebuildNow(long seq) {
        long started = System.nanoTime();
        grouped();
        store.clear(RULES_VERSION, seq);
        extractor.forgetLearned();
        incidents.invalidate();
        List<SourceDocument> all = new ArrayList<>();
        knowledge.forEachDocument(all::add);
        all.sort(Comparator.comparing((SourceDocument d) -> d.source().observedAt(), Comparator.nullsLast(Comparator.naturalOrder())));
        for (int from = 0; from < all.size(); from += REBUILD_BATCH) {
            follow(new KnowledgeStore.Changes(seq, all.subList(from, Math.min(all.size(), from + REBUILD_BATCH)), List.of()), () -> { });
        }
        grouped();
        LOG.info("Situation model rebuilt from {} sources in {} ms", all.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** What a source says, without storing it. */
    public ReportAnalysis analyse(SourceDocument doc) {
        return analyse(List.of(doc)).getFirst();
    }

    /**
     * What sources say, read on every core. The places they spell out («в селе Ключи») are learnt first, in the
     * sources' order, so what each is found to say does not depend on which thread read which.
     */
    List<ReportAnalysis> analyse(List<SourceDocument> documents) {
        List<Spelled> spelled = inParallel(documents.size(), i -> spelled(documents.get(i)));
        for (Spelled s : spelled) {
            s.fragments().forEach(extractor::learn);
            extractor.learn(s.title());
        }
        return inParallel(documents.size(), i -> analyse(documents.get(i), spelled.get(i)));
    }

    /** The places a source's fragments and title spell out. */
    private record Spelled(List<MentionExtractor.SpelledPlaces> fragments, MentionExtractor.SpelledPlaces title) {}

    private Spelled spelled(SourceDocument doc) {
        return new Spelled(doc.fragments().stream().map(f -> extractor.spelledPlaces(f.text())).toList(),
                extractor.spelledPlaces(doc.source().title()));
    }

    private ReportAnalysis analyse(SourceDocument doc, Spelled spelled) {
        Instant reported = doc.source().observedAt();
        List<FragmentFindings> fragments = new ArrayList<>();
        for (int i = 0; i < doc.fragments().size(); i++) {
            Fragment f = doc.fragments().get(i);
            Instant anchor = f.observedAt() != null ? f.observedAt() : reported;
            List<Mention> mentions = extractor.extract(f.text(), anchor == null ? null : anchor.atZone(zone), spelled.fragments().get(i));
            fragments.add(new FragmentFindings(f.ordinal(), mentions, observations.extract(f.text(), mentions, f.observedAt(), reported),
                    f.observedAt()));
        }
        List<Mention> title = extractor.extract(doc.source().title(), reported == null ? null : reported.atZone(zone), spelled.title());
        return new ReportAnalysis(doc.source().id(), reported, title, fragments);
    }

    private static <T> List<T> inParallel(int count, IntFunction<T> task) {
        return IntStream.range(0, count).parallel().mapToObj(task).toList();
    }

    private void group(SourceDocument doc, ReportAnalysis report) {
        Map<EventType, Set<String>> claims = claims(report);
        if (claims.isEmpty()) {
            return;
        }
        String text = doc.source().title() + "\n" + doc.fragments().stream().map(Fragment::text).collect(Collectors.joining(" "));
        String signature = Signature.of(text);
        String wording = Signature.ofWording(text);
        String publisher = Publisher.of(doc);
        Set<Long> joined = new HashSet<>();
        for (var claim : claims.entrySet()) {
            EventType type = claim.getKey();
            Set<String> keys = claim.getValue();
            hierarchy.learn(keys);
            Instant at = report.reportedAt();
            Set<String> widened = hierarchy.widen(keys);
            var window = IncidentGrouper.reach(type, keys);
            Instant from = at == null ? null : at.minus(window);
            Instant to = at == null ? null : at.plus(window);
            var candidates = incidents.candidates(IncidentGrouper.related(type), from, to, widened, RECENT).stream()
                    .filter(c -> !joined.contains(c.id()))
                    .map(c -> c.withKeys(hierarchy.widen(c.entityKeys())))
                    .toList();
            var placed = new IncidentGrouper.Report(type, at, widened, wording, publisher);
            var decision = IncidentGrouper.decide(placed, candidates);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Grouping {} of {} as {} {}: {} of {} candidates, best {}", report.sourceId(), publisher, type, keys,
                        IncidentGrouper.scores(placed, candidates), candidates.size(), decision);
            }
            long incident = decision.map(IncidentGrouper.Decision::incidentId).orElseGet(() -> store.newIncident(type));
            List<Long> same = decision.isEmpty() ? List.of() : IncidentGrouper.alsoSame(placed, candidates, incident);
            for (long other : same) {
                store.merge(other, incident);
            }
            if (!same.isEmpty()) {
                incidents.invalidate();
                incidents.refresh();
            }
            joined.add(incident);
            String duplicateOf = decision.isEmpty() ? null : store.signatures(incident).entrySet().stream()
                    .filter(e -> !e.getKey().equals(report.sourceId()))
                    .filter(e -> Signature.similarity(e.getValue(), signature) >= Signature.DUPLICATE).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            var attachment = new SituationStore.Attachment(report.sourceId(), at, publisher,
                    decision.map(IncidentGrouper.Decision::score).orElse(1.0), duplicateOf, signature, wording, keys);
            store.attach(incident, attachment);
            incidents.attached(incident, type, attachment);
        }
    }

    /**
     * The event types a report is about, each with the places and objects named where it is told: the main type (the
     * first event of the report, counted twice, against the most frequent); in a long report (three fragments or more)
     * also the first event type of each fragment.
     */
    static Map<EventType, Set<String>> claims(ReportAnalysis report) {
        Map<EventType, Integer> weight = new EnumMap<>(EventType.class);
        Map<EventType, Set<String>> keys = new EnumMap<>(EventType.class);
        Set<String> everywhere = new LinkedHashSet<>();
        Set<EventType> leading = new LinkedHashSet<>();
        boolean first = true;
        for (Mention m : report.titleMentions()) {
            if (m.kind() == MentionKind.EVENT) {
                weight.merge(EventType.parse(m.subtype()), first ? 3 : 1, Integer::sum);
                first = false;
            }
        }
        Set<String> titled = locating(report.titleMentions());
        everywhere.addAll(titled);
        for (FragmentFindings f : report.fragments()) {
            Set<String> here = locating(f.mentions());
            everywhere.addAll(here);
            EventType fragmentFirst = null;
            for (Mention m : f.mentions()) {
                if (m.kind() != MentionKind.EVENT) {
                    continue;
                }
                EventType type = EventType.parse(m.subtype());
                weight.merge(type, first ? 3 : 1, Integer::sum);
                first = false;
                keys.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(here);
                if (fragmentFirst == null) {
                    fragmentFirst = type;
                }
            }
            if (fragmentFirst != null) {
                leading.add(fragmentFirst);
            }
        }
        Map<EventType, Set<String>> claims = new LinkedHashMap<>();
        weight.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(main -> claims.put(main.getKey(), keys.get(main.getKey())));
        if (report.fragments().size() >= 3) {
            leading.forEach(type -> claims.putIfAbsent(type, keys.get(type)));
        }
        claims.replaceAll((type, here) -> {
            Set<String> all = new LinkedHashSet<>(here == null ? Set.of() : here);
            all.addAll(titled);
            return all.isEmpty() ? everywhere : all;
        });
        return claims;
    }

    /**
     * The keys that place a report, in order; a town named only as near the event («ДТП под Краснодаром») also gets an
     * {@link IncidentGrouper#NEAR_MARK} mark, so that a report naming the village where it happened is not of another town.
     */
    private static Set<String> locating(List<Mention> mentions) {
        Set<String> keys = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (IncidentGrouper.locating(m.key())) {
                keys.add(m.key());
                if (PlaceRules.NEAR.equals(m.subtype())) {
                    keys.add(IncidentGrouper.NEAR_MARK + m.key());
                }
            }
        }
        return keys;
    }

    public List<IncidentSummary> incidents(Instant since, EventType type, String place, int limit, Caller caller) {
        Set<String> access = access(caller);
        String placeKey = place == null || place.isBlank() ? null : Keys.of(place);
        var rows = store.incidents(new IncidentFilter(null, since, type, placeKey, Math.max(1, Math.min(limit, 500))), access);
        return rows.stream().map(row -> summary(row, access)).toList();
    }

    /** The type of each of the incidents the caller may see, by id. */
    public Map<Long, EventType> typesOf(Collection<Long> ids, Caller caller) {
        Set<String> access = access(caller);
        Map<Long, EventType> types = new HashMap<>();
        for (long id : new HashSet<>(ids)) {
            store.incidents(new IncidentFilter(id, null, null, null, 1), access).forEach(row -> types.put(row.id(), row.type()));
        }
        return types;
    }

    public IncidentCard incident(long id, Caller caller) {
        Set<String> access = access(caller);
        IncidentRow row = store.incidents(new IncidentFilter(id, null, null, null, 1), access).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("происшествие " + id + " не найдено"));
        var reports = store.reports(id, access);
        var figures = FigureHistories.of(store.observationsIn(reports.stream().map(SituationStore.ReportRow::sourceId).toList(), access));
        return new IncidentCard(summary(row, access), store.incidentEntities(id, access), figures, reports);
    }

    /** The incidents each source reports on (for evaluation and for linking answers to incidents). */
    public Map<String, Set<Long>> incidentsOf(Collection<String> sourceIds, Caller caller) {
        return store.incidentsOf(sourceIds, access(caller));
    }

    /**
     * The incident an answer used: of the incidents its cited sources report on, the one holding most of them; of
     * those, one whose places and objects include what the answer is about ({@code subjectKeys}, best first), then the
     * narrowest (fewest reports: an evacuation rather than the flood that overlaps it). Within the caller's clearance;
     * empty when none of the sources belongs to an incident.
     */
    public Optional<IncidentSummary> incidentUsed(Collection<String> sourceIds, List<String> subjectKeys, Caller caller) {
        if (sourceIds.isEmpty()) {
            return Optional.empty();
        }
        Set<String> access = access(caller);
        Map<Long, Integer> counts = new TreeMap<>();
        store.incidentsOf(sourceIds, access).values().forEach(ids -> ids.forEach(id -> counts.merge(id, 1, Integer::sum)));
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<IncidentRow> candidates = counts.entrySet().stream().filter(e -> e.getValue() == most)
                .flatMap(e -> store.incidents(new IncidentFilter(e.getKey(), null, null, null, 1), access).stream()).toList();
        Comparator<IncidentRow> used = Comparator.<IncidentRow>comparingInt(row -> subjectRank(row.id(), subjectKeys, access))
                .thenComparingInt(IncidentRow::reports).thenComparingLong(IncidentRow::id);
        return candidates.stream().min(used).map(row -> summary(row, access));
    }

    /**
     * The incident values belong to: of the incidents whose reports hold any of {@code values}, one of the earliest of
     * the {@code preferred} types (people evacuated belong to the evacuation, though the flood that caused it reports
     * them too), then the one holding most of the values, then the narrowest. Within the caller's clearance; empty when
     * no report of the values belongs to an incident.
     */
    public Optional<IncidentSummary> incidentHolding(List<ObservationRow> values, List<EventType> preferred, Caller caller) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Set<String> access = access(caller);
        Map<String, Set<Long>> bySource = store.incidentsOf(values.stream().map(ObservationRow::sourceId).distinct().toList(), access);
        Map<Long, Integer> held = new TreeMap<>();
        values.forEach(o -> bySource.getOrDefault(o.sourceId(), Set.of()).forEach(id -> held.merge(id, 1, Integer::sum)));
        Comparator<IncidentRow> order = Comparator.<IncidentRow>comparingInt(row -> preferred.contains(row.type())
                        ? preferred.indexOf(row.type()) : preferred.size())
                .thenComparing(row -> -held.get(row.id())).thenComparingInt(IncidentRow::reports).thenComparingLong(IncidentRow::id);
        return held.keySet().stream().flatMap(id -> store.incidents(new IncidentFilter(id, null, null, null, 1), access).stream())
                .min(order).map(row -> summary(row, access));
    }

    /** How early in {@code subjectKeys} the first one the incident holds comes; their count when it holds none. */
    private int subjectRank(long incidentId, List<String> subjectKeys, Set<String> access) {
        if (subjectKeys.isEmpty()) {
            return 0;
        }
        Set<String> held = new HashSet<>();
        store.incidentEntities(incidentId, access).forEach(e -> held.add(e.key()));
        for (int i = 0; i < subjectKeys.size(); i++) {
            if (held.contains(subjectKeys.get(i))) {
                return i;
            }
        }
        return subjectKeys.size();
    }

    /** The key a name has in the model whatever its form («Нижних Ключах» and «Нижние Ключи» alike). */
    public String nameKey(String name) {
        return extractor.nameKey(name);
    }

    /** The zone times are read and shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** What a question names — places, objects, organisations, people, events, times — without teaching the model. */
    /** Whether a word may be read as a function word or a verb, and so is no name when typed in lower case. */
    public boolean functionWordOrVerb(String word) {
        return extractor.functionWordOrVerb(word);
    }

    /** Whether a word is a form of a verb. */
    public boolean verb(String word) {
        return extractor.verb(word);
    }

    /** What a word tells of a deed, when it is nothing but a form of a verb ({@link MentionExtractor#deed}). */
    public Optional<MentionExtractor.Deed> deed(String word) {
        return extractor.deed(word);
    }

    public List<Mention> mentionsOfQuestion(String question, ZonedDateTime askedAt) {
        return extractor.extractFromQuestion(question, askedAt);
    }

    /** Time expressions of a question, anchored to when it was asked. */
    public List<TimeSpan> timesOf(String question, ZonedDateTime askedAt) {
        return extractor.times(question, askedAt);
    }

    /** The observations of these entities within the caller's clearance, in observed order. */
    public List<ObservationRow> observations(Collection<String> entityKeys, Caller caller) {
        return entityKeys.isEmpty() ? List.of() : store.observations(entityKeys, access(caller));
    }

    /** The observations the given reports hold, within the caller's clearance. */
    public List<ObservationRow> observationsIn(Collection<String> sourceIds, Caller caller) {
        return sourceIds.isEmpty() ? List.of() : store.observationsIn(sourceIds, access(caller));
    }

    /** An incident's reports in time order, within the caller's clearance. */
    public List<SituationStore.ReportRow> reports(long incidentId, Caller caller) {
        return store.reports(incidentId, access(caller));
    }

    public List<EntityRow> entities(String query, int limit, Caller caller) {
        return store.entities(query, access(caller), Math.max(1, Math.min(limit, 500)));
    }

    /** Where the sources the caller may read name the entity, in time order: at most {@code limit}, the latest. */
    public List<SituationStore.NamedIn> mentionsOf(String key, int limit, Caller caller) {
        return store.mentionsOf(key, access(caller), limit);
    }

    public EntityCard entity(String key, Caller caller) {
        Set<String> access = access(caller);
        EntityRow entity = store.entity(key, access).orElseThrow(() -> new NotFoundException("объект «" + key + "» не найден"));
        return new EntityCard(entity, FigureHistories.of(store.observations(List.of(key), access)));
    }

    private IncidentSummary summary(IncidentRow row, Set<String> access) {
        var entities = store.incidentEntities(row.id(), access);
        List<String> places = entities.stream().filter(e -> e.kind().place() || e.kind() == MentionKind.OBJECT)
                .map(EntityRow::name).limit(4).toList();
        var reports = store.reports(row.id(), access);
        Set<String> named = entities.stream().map(EntityRow::key).collect(Collectors.toSet());
        List<ObservationRow> observed = store.observationsIn(reports.stream().map(SituationStore.ReportRow::sourceId).toList(), access)
                .stream().filter(o -> named.contains(o.entityKey())).toList();
        List<Figure> figures = KeyFigures.ordered(row.type(), FigureHistories.of(observed), FigureHistory::attribute, FigureHistory::entityKey).stream()
                .map(FigureHistory::values).map(List::getLast)
                .map(o -> new Figure(o.entityKey(), o.entityName(), o.attribute(), shown(o), o.observedAt(), o.sourceId()))
                .limit(8).toList();
        String status = observed.stream().max(Comparator.comparing(ObservationRow::observedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(o -> o.attribute().labelOf(o.entityName()) + ": " + shown(o))
                .orElse("");
        String title = row.type().label().substring(0, 1).toUpperCase() + row.type().label().substring(1)
                + (places.isEmpty() ? "" : " — " + String.join(", ", places.subList(0, Math.min(2, places.size()))));
        return new IncidentSummary(row.id(), row.type(), title, places, row.firstReportAt(), row.lastReportAt(), row.reports(), status, figures);
    }

    public static String shown(ObservationRow o) {
        return new Observation(o.entityKey(), o.entityName(), o.attribute(), o.value(), o.state(), o.unit(), o.qualifier(), o.observedAt(),
                o.correction(), 0, 0).shown();
    }

    private static Set<String> access(Caller caller) {
        return Arrays.stream(Clearance.values()).filter(caller.clearance()::covers).map(Clearance::code)
                .collect(Collectors.toUnmodifiableSet());
    }
}
