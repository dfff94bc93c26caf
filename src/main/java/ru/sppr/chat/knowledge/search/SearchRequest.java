package ru.sppr.chat.knowledge.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Clearance;

/**
 * A search: the text, how many fragments, the caller's clearance (nothing above it is ever considered), the
 * moment freshness is measured from, and optional filters: {@code asOf} (nothing observed after it), an observed
 * time range, source types, tags and the sources to search in (a document the question names: «по памятке …»).
 */
public record SearchRequest(String query, int k, Clearance clearance, Instant now, Instant asOf, Instant from,
                            Instant to, Set<SourceType> types, Set<String> tags, Set<String> sources) {
    public static final int MAX_K = 100;
    public static final int MAX_QUERY = 2000;

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new InvalidRequestException("q", "пустой запрос");
        }
        if (query.length() > MAX_QUERY) {
            throw new InvalidRequestException("q", "запрос длиннее " + MAX_QUERY + " символов");
        }
        if (k < 1 || k > MAX_K) {
            throw new InvalidRequestException("k", "от 1 до " + MAX_K);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "начало периода позже конца");
        }
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(now, "now");
        types = types == null ? Set.of() : Set.copyOf(types);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    /** A search in every source the filters let through. */
    public SearchRequest(String query, int k, Clearance clearance, Instant now, Instant asOf, Instant from, Instant to,
                         Set<SourceType> types, Set<String> tags) {
        this(query, k, clearance, now, asOf, from, to, types, tags, Set.of());
    }

    /** This search among the fragments observed from {@code from} on. */
    public SearchRequest observedFrom(Instant from) {
        return new SearchRequest(query, k, clearance, now, asOf, from, to, types, tags, sources);
    }

    /** This search in {@code sources} only. */
    public SearchRequest within(Set<String> sources) {
        return new SearchRequest(query, k, clearance, now, asOf, from, to, types, tags, sources);
    }

    public static SearchRequest simple(String query, int k, Clearance clearance, Instant now) {
        return new SearchRequest(query, k, clearance, now, null, null, null, Set.of(), Set.of());
    }

    /** The moment ages are measured from: the as-of time when given, otherwise now. */
    public Instant reference() {
        return asOf != null ? asOf : now;
    }
}
