package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.modelled;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.EventLine;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.Plural;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;

/**
 * «что происходило 12 апреля», «что было за ночь», «хронология за сутки»: what happened in a period, when the question names
 * nothing and asks no topic — the entries of the event logs of that period in time order, then the documents issued in
 * it; where no log speaks of the period, the incidents reported in it, each by its first report of the period. «какие
 * пожары были 28 ноября», «были ли взрывы вчера»: the incidents of one type reported in the period.
 */
final class Chronicle {
    /** Words that ask what happened in a period; the question asks a chronicle only when nothing else is left of it. */
    private static final Pattern ASKED = Pattern.compile("(?<!\\p{L})(?:(?:что|чё|че)\\s+(?:было|происходило|произошло|случилось|творилось)"
            + "|какие\\s+(?:были\\s+)?(?:события|происшествия)|события|событий|происшестви\\p{L}*|хроник\\p{L}*|журнал\\p{L}*"
            + "|(?:с|про)?делали|предпринял\\p{L}*"
            + "|в\\s+районе|по\\s+району|по\\s+смене|what\\s+happened|events?)(?!\\p{L})");
    /** Words that ask which incidents of a type there were: «какие пожары были», «были ли взрывы», «что за ДТП». */
    private static final Pattern WHICH = Pattern.compile("(?<!\\p{L})(?:какие|каких|какое|какой|был[аио]?\\s+ли|что\\s+за|"
            + "(?:что|чё|че)\\s+по|были|было|был|была|случались|происходили|which|were\\s+there|any)(?!\\p{L})");
    /** Words that ask what the news wrote: «чё в новостях района 12го писали», «что в сми за 10 апреля». */
    private static final Pattern NEWS = Pattern.compile("(?<!\\p{L})(?:новост\\p{L}*|сми|пресс\\p{L}*|news)(?!\\p{L})");
    /** What else a question asking the news of a day says without naming a topic: «чё в новостях района писали, в двух словах». */
    private static final Pattern NEWS_SAID = Pattern.compile("(?<!\\p{L})(?:район\\p{L}*|писал\\p{L}*|написал\\p{L}*|пишут|было|были|"
            + "двух|словах|вкратце|говорил\\p{L}*|сообщал\\p{L}*|say|said|write|wrote|on|the|what|did)(?!\\p{L})");
    /** Sentences of a news record quoted after its headline. */
    private static final int NEWS_LEAD = 2;
    /** More records than this in the period are told one line per incident, by headline, as a chronicle's reports are. */
    private static final int NEWS_QUOTED = 6;
    /** How a chronicle begins, which tells a follow-up («а 13-го?») that it asks for another period's. */
    static final String TITLE = "Хроника ";
    private static final int LINES = 14;
    /** Lines kept from the start of a long chronicle; the rest are its latest. */
    private static final int FIRST = 3;
    /** Fragments read of a period: a day's log, documents and reports are fewer. */
    private static final int LISTED = 300;
    private static final int DOCUMENTS = 6;

    private final SituationModel model;
    private final KnowledgeSearch search;
    private final ReplyTimes times;
    private final DateTimeFormatter day;
    private final AskedWords asked;

    Chronicle(SituationModel model, KnowledgeSearch search, ReplyTimes times, DateTimeFormatter day, AskedWords asked) {
        this.model = model;
        this.search = search;
        this.times = times;
        this.day = day;
        this.asked = asked;
    }

    /**
     * Whether the question asks what happened in a period, or which incidents of a type, and nothing else: no thing,
     * figure or topic of its own.
     */
    boolean asked(Frame frame, String question, Intent intent) {
        if (asksNews(frame, question)) {
            return true;
        }
        if (!(frame.moment() instanceof Moment.Within) || !frame.entities().isEmpty() || !frame.unknown().isEmpty()
                || !frame.attributes().isEmpty() || frame.unmodelled().isPresent()) {
            return false;
        }
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (frame.event().isPresent()) {
            return (WHICH.matcher(lower).find() || ASKED.matcher(lower).find() || intent == Intent.TIMELINE)
                    && asked.topic(WHICH.matcher(ASKED.matcher(lower).replaceAll(" ")).replaceAll(" "),
                    String.join(" ", frame.namedAs())).isEmpty();
        }
        boolean chronicle = ASKED.matcher(lower).find();
        return (chronicle || intent == Intent.TIMELINE) && asked.topic(ASKED.matcher(lower).replaceAll(" "), "").isEmpty();
    }

    /**
     * «чё в новостях района 12го писали»: the news of a period, when the question names no event and no place narrower
     * than a district — its headline and first sentences, each record in time order.
     */
    private boolean asksNews(Frame frame, String question) {
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return frame.moment() instanceof Moment.Within && frame.event().isEmpty() && frame.attributes().isEmpty()
                && frame.unknown().isEmpty() && frame.unmodelled().isEmpty()
                && frame.entities().stream().allMatch(e -> e.kind() == MentionKind.DISTRICT || e.kind() == MentionKind.REGION)
                && NEWS.matcher(lower).find()
                && asked.topic(NEWS_SAID.matcher(NEWS.matcher(lower).replaceAll(" ")).replaceAll(" "), String.join(" ", frame.namedAs())).isEmpty();
    }

    /** The chronicle of the period asked, or that the base has nothing dated within it. */
    Answer of(Frame frame, String question, Caller caller) {
        var period = (Moment.Within) frame.moment();
        Instant end = period.to().isAfter(frame.askedAt()) ? frame.askedAt() : period.to();
        Instant until = end.minusMillis(1);
        var book = new Book();
        if (asksNews(frame, question)) {
            return news(period.from(), until, said(period.from(), end), book, caller);
        }
        if (frame.event().isPresent()) {
            return ofType(frame.event().get(), period.from(), until, said(period.from(), end), book, caller);
        }
        var when = times.reply();
        List<SearchHit> logged = search.observedWithin(period.from(), until, Set.of(SourceType.EVENTS), LISTED, caller.clearance());
        List<String> lines = new ArrayList<>(logged.stream()
                .map(h -> "- " + when.at(h.observedAt()) + " — " + EventLine.withoutTime(h.text()) + " " + book.mark(h)).toList());
        String documents;
        if (lines.isEmpty()) {
            lines.addAll(reports(period.from(), until, book, caller));
            documents = documents("Документы", Set.of(SourceType.DOCUMENT), period.from(), until, book, caller);
        } else {
            documents = documents("Документы и сообщения", Set.of(SourceType.DOCUMENT, SourceType.RECORD), period.from(), until, book, caller);
        }
        String said = said(period.from(), end);
        if (lines.isEmpty() && documents.isEmpty()) {
            return new Answer.NoEvidence("В базе нет ни записей журнала, ни документов, ни сообщений " + said + ".");
        }
        String text = TITLE + said + ":\n" + String.join("\n", shortened(lines)) + documents;
        return new Answer.Grounded(text.strip(), book.cited(), modelled(book.sources(), false));
    }

    /**
     * «Новости за 12.04.2026:», a line per record: its time, headline and first sentences; of a busy period, a line per
     * incident reported in it.
     */
    private Answer news(Instant from, Instant until, String said, Book book, Caller caller) {
        List<SearchHit> all = search.observedWithin(from, until, Set.of(SourceType.RECORD), LISTED, caller.clearance());
        Map<String, List<SearchHit>> bySource = all.stream()
                .collect(Collectors.groupingBy(SearchHit::sourceId, LinkedHashMap::new, Collectors.toList()));
        if (bySource.isEmpty()) {
            return new Answer.NoEvidence("В базе нет новостей " + said + ".");
        }
        if (bySource.size() > NEWS_QUOTED) {
            List<String> byIncident = reports(all, book, caller, Optional.empty());
            return new Answer.Grounded("Новости " + said + ":\n" + String.join("\n", shortened(byIncident)), book.cited(),
                    modelled(book.sources(), false));
        }
        List<String> lines = bySource.values().stream().map(fragments -> newsLine(fragments, book)).toList();
        return new Answer.Grounded("Новости " + said + ":\n" + String.join("\n", shortened(lines)), book.cited(),
                modelled(book.sources(), false));
    }

    /** «- 11:30 12.04.2026 МСК — «headline»: its first sentences [1]», the sentences that only repeat the headline left out. */
    private String newsLine(List<SearchHit> fragments, Book book) {
        SearchHit first = fragments.getFirst();
        String title = first.title() == null ? "" : first.title().strip();
        String headline = title.replaceAll("[.!?…]+$", "");
        List<String> lead = Sentences.split(fragments.stream().map(SearchHit::text).collect(Collectors.joining(" "))).stream()
                .map(String::strip).filter(s -> headline.isEmpty() || !title.startsWith(s) && !s.startsWith(headline))
                .limit(NEWS_LEAD).toList();
        return "- " + times.reply().at(first.observedAt()) + " — " + (title.isEmpty() ? "" : "«" + title + "»" + (lead.isEmpty() ? "" : ": "))
                + String.join(" ", lead) + " " + book.mark(first);
    }

    /** The incidents of the type reported in the period, one line each: «Хроника за 28.11.2024 — пожар:». */
    private Answer ofType(EventType type, Instant from, Instant until, String said, Book book, Caller caller) {
        Set<Long> ofType = model.incidents(from, type, null, LISTED, caller).stream().map(IncidentSummary::id)
                .collect(Collectors.toSet());
        List<String> lines = reports(from, until, book, caller, Optional.of(ofType));
        if (lines.isEmpty()) {
            return new Answer.NoEvidence("В базе нет сообщений о происшествиях вида «" + type.label() + "» " + said + ".");
        }
        String text = TITLE + said + " — " + type.label() + ":\n" + String.join("\n", shortened(lines));
        return new Answer.Grounded(text, book.cited(), modelled(book.sources(), false));
    }

    /** «за 12.04.2026» for a calendar day, else «с 20:00 12.04.2026 МСК по 08:00 13.04.2026». */
    private String said(Instant from, Instant end) {
        var zone = model.zone();
        boolean calendarDay = from.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT)
                && day.format(from).equals(day.format(end.minusSeconds(1)));
        if (calendarDay) {
            return "за " + day.format(from);
        }
        var when = times.reply();
        return "с " + when.at(from) + " по " + when.at(end);
    }

    /**
     * The sources of {@code types} issued in the period, by title, in one line after its {@code label}: «Документы за период:
     * «Оперативная сводка № 106» [10], …».
     */
    private String documents(String label, Set<SourceType> types, Instant from, Instant until, Book book, Caller caller) {
        Map<String, SearchHit> bySource = new LinkedHashMap<>();
        for (SearchHit h : search.observedWithin(from, until, types, LISTED, caller.clearance())) {
            bySource.putIfAbsent(h.sourceId(), h);
        }
        if (bySource.isEmpty()) {
            return "";
        }
        List<String> titles = bySource.values().stream().limit(DOCUMENTS).map(h -> "«" + h.title() + "» " + book.mark(h)).toList();
        int more = bySource.size() - titles.size();
        return "\n" + label + " за период: " + String.join(", ", titles)
                + (more > 0 ? " и ещё " + more : "") + ".";
    }

    /**
     * The reports of the period, one line per incident they belong to: its first report of the period, with how many more
     * it had then («16:59 04.11.2024 — Пожар на складе в Подольске [3] (ещё 4 сообщения)»).
     */
    private List<String> reports(Instant from, Instant until, Book book, Caller caller) {
        return reports(from, until, book, caller, Optional.empty());
    }

    /** The same, only of the incidents {@code only} when given (else all, and reports of no incident). */
    private List<String> reports(Instant from, Instant until, Book book, Caller caller, Optional<Set<Long>> only) {
        return reports(search.observedWithin(from, until, Set.of(SourceType.RECORD), LISTED, caller.clearance()), book, caller, only);
    }

    /** The same of the records {@code all} of the period, already read. */
    private List<String> reports(List<SearchHit> all, Book book, Caller caller, Optional<Set<Long>> only) {
        Map<String, Set<Long>> incidentsOf = model.incidentsOf(all.stream().map(SearchHit::sourceId).toList(), caller);
        Predicate<Long> kept = id -> only.map(ids -> ids.contains(id)).orElse(true);
        List<SearchHit> reports = only.isEmpty() ? all : all.stream()
                .filter(h -> incidentsOf.getOrDefault(h.sourceId(), Set.of()).stream().anyMatch(kept)).toList();
        Map<String, List<SearchHit>> byStory = reports.stream().collect(Collectors.groupingBy(
                h -> incidentsOf.getOrDefault(h.sourceId(), Set.of()).stream().filter(kept).min(Long::compare)
                        .map(id -> "incident:" + id).orElse(h.sourceId()),
                LinkedHashMap::new, Collectors.toList()));
        var when = times.reply();
        return byStory.values().stream().map(story -> {
            SearchHit first = story.getFirst();
            int more = (int) story.stream().map(SearchHit::sourceId).distinct().count() - 1;
            return "- " + when.at(first.observedAt()) + " — " + first.title() + " " + book.mark(first)
                    + (more > 0 ? " (ещё " + more + " " + Plural.of(more, "сообщение", "сообщения", "сообщений") + ")" : "");
        }).toList();
    }

    /** A long chronicle keeps its first lines and its latest, saying how many are left out between them. */
    private static List<String> shortened(List<String> lines) {
        if (lines.size() <= LINES) {
            return lines;
        }
        int left = lines.size() - LINES + 1;
        List<String> kept = new ArrayList<>(lines.subList(0, FIRST));
        kept.add("- … ещё " + left + " " + Plural.of(left, "запись", "записи", "записей") + " …");
        kept.addAll(lines.subList(lines.size() - (LINES - FIRST - 1), lines.size()));
        return kept;
    }
}
