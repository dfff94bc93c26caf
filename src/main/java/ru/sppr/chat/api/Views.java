package ru.sppr.chat.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.audit.AuditRecord;
import ru.sppr.chat.dialog.AskResult;
import ru.sppr.chat.intent.IntentPrediction;
import ru.sppr.chat.knowledge.ingest.IngestReport;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.session.AnswerLink;
import ru.sppr.chat.session.ChatSession;
import ru.sppr.chat.session.Citation;
import ru.sppr.chat.session.HistoryPage;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.user.User;

/** Response payloads with the prototype's field names (serialised in snake_case). */
public final class Views {
    private Views() {
    }

    public record UserView(long userId, String username, String displayName, String role, String clearance, Instant createdAt) {
        public static UserView of(User u) {
            return new UserView(u.id(), u.username(), u.displayName(), u.role().code(), u.clearance().code(), u.createdAt());
        }
    }

    public record EnsuredUserView(long userId, String username, String displayName, String role, String clearance,
                                  boolean created) {
        public static EnsuredUserView of(User u, boolean created) {
            return new EnsuredUserView(u.id(), u.username(), u.displayName(), u.role().code(), u.clearance().code(), created);
        }
    }

    public record TokenView(String token, long userId, String username) {}

    public record SessionView(long sessionId, long userId, String title, String status, int turnCount, int questionCount,
                       Instant createdAt, Instant lastActivityAt) {
        public static SessionView of(ChatSession s) {
            return new SessionView(s.id(), s.ownerId(), s.title(), s.status().code(), s.turnCount(), s.questionCount(),
                    s.createdAt(), s.lastActivityAt());
        }
    }

    public record CitationView(int ref, String sourceId, String title, String type, String location, Instant observedAt,
                               String snippet, double score) {
        public static List<CitationView> of(List<Citation> citations) {
            return citations.stream().map(c -> new CitationView(c.ordinal(), c.sourceId(), c.title(), c.type(),
                    c.location(), c.observedAt(), c.snippet(), c.score())).toList();
        }
    }

    /** {@code links}: the cards the answer links, as {@link AskView} gave them; {@code about}: the incident among them. */
    public record TurnView(long turnId, int position, String role, String content, Double confidence, String intent,
                    Instant createdAt, List<CitationView> citations, AboutView about, List<AboutView> links) {
        public static TurnView of(Turn t) {
            Double confidence = t.confidence() == null ? null : Math.round(t.confidence() * 1000) / 1000.0;
            List<AboutView> links = AboutView.of(t.links());
            return new TurnView(t.id(), t.position(), t.role().code(), t.content(), confidence, t.intent(),
                    t.createdAt(), CitationView.of(t.citations()), AboutView.incidentAmong(links), links);
        }
    }

    public record HistoryView(long sessionId, List<TurnView> history, List<String> suggestions,
                              List<ActionView> actions, boolean hasMore, Integer nextBefore) {
        public static HistoryView of(long sessionId, HistoryPage page) {
            Integer next = page.hasMore() && !page.turns().isEmpty() ? page.turns().getFirst().position() : null;
            return new HistoryView(sessionId, page.turns().stream().map(TurnView::of).toList(),
                    page.suggestions().stream().map(Suggestion::text).distinct().toList(), ActionView.of(page.suggestions()),
                    page.hasMore(), next);
        }
    }

    public record HitView(String fragmentId, String sourceId, String title, String type, String location,
                          Instant observedAt, double score, String snippet, List<int[]> highlights) {
        public static HitView of(SearchHit h) {
            return new HitView(h.fragmentId(), h.sourceId(), h.title(), h.type().code(), h.location(), h.observedAt(),
                    Math.round(h.score() * 1000) / 1000.0, h.snippet(), h.highlights());
        }
    }

    public record SourceView(String sourceId, String title, String type, String origin, String access, List<String> tags,
                             Instant observedAt, Instant ingestedAt, Integer fragmentCount) {
        public static SourceView of(Source s, Integer fragments) {
            return new SourceView(s.id(), s.title(), s.type().code(), s.origin(), s.access().code(), s.tags(),
                    s.observedAt(), s.ingestedAt(), fragments);
        }
    }

    public record IngestView(int added, int updated, int unchanged, int failed, long fragments, long bytes, double seconds,
                             boolean indexed, List<IngestReport.FileResult> files) {
        public static IngestView of(IngestReport r) {
            return new IngestView(r.added(), r.updated(), r.unchanged(), r.failed(), r.fragments(), r.bytes(),
                    Math.round(r.seconds() * 100) / 100.0, r.indexed(), r.files());
        }
    }

    /**
     * The intent a question was handled as; {@code fallback} when the classifier was below the threshold or the
     * context ruled its prediction out (a "why?" with nothing to justify yet, small talk the knowledge base answers).
     */
    public record IntentView(String intent, double confidence, String predicted, boolean fallback) {
        static IntentView of(IntentPrediction p) {
            return new IntentView(p.intent().code(), Math.round(p.confidence() * 1000) / 1000.0, p.predicted().code(), p.fellBack());
        }
    }

    public record AskView(long turnId, long questionTurnId, int position, String response, double confidence,
                          List<CitationView> references, IntentView intent, List<String> suggestions,
                          List<ActionView> actions, AboutView about, List<AboutView> links) {
        public AskView {
            links = List.copyOf(links);
        }

        /** {@code about}: the incident the answer used; {@code links}: the cards to open, the place or object first. */
        public static AskView of(AskResult r) {
            Turn answer = r.exchange().answer();
            List<AboutView> links = AboutView.of(answer.links());
            return new AskView(answer.id(), r.exchange().question().id(), answer.position(), answer.content(),
                    Math.round(answer.confidence() * 1000) / 1000.0, CitationView.of(answer.citations()),
                    IntentView.of(r.intent()), r.suggestions().stream().map(Suggestion::text).toList(),
                    ActionView.of(r.suggestions()), AboutView.incidentAmong(links), links);
        }
    }

    /** A suggested next action: its kind's code ({@code timeline}, {@code report}, …) and the text shown. */
    public record ActionView(String kind, String text) {
        static List<ActionView> of(List<Suggestion> suggestions) {
            return suggestions.stream().map(s -> new ActionView(s.kind().code(), s.text())).toList();
        }
    }

    /**
     * A card an answer links: {@code kind} {@code entity} (a place or object, {@code GET /chat/entities/{id}}) or
     * {@code incident} ({@code GET /chat/incidents/{id}}).
     */
    public record AboutView(String kind, String id, String title) {
        static List<AboutView> of(List<AnswerLink> links) {
            return links.stream().map(l -> new AboutView(l.kind(), l.id(), l.title())).toList();
        }

        /** The incident among an answer's links; null when it links none. */
        static AboutView incidentAmong(List<AboutView> links) {
            return links.stream().filter(l -> l.kind().equals(AnswerLink.INCIDENT)).findFirst().orElse(null);
        }
    }

    public record AuditView(long seq, String type, String actor, Long userId, Long sessionId, Map<String, String> details,
                     Instant createdAt, String hash) {
        public static AuditView of(AuditRecord r) {
            return new AuditView(r.seq(), r.eventType(), r.actor(), r.userId(), r.sessionId(), r.details(),
                    r.createdAt(), r.hash());
        }
    }
}
