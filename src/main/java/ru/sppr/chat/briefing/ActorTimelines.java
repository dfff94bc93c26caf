package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.elided;
import static ru.sppr.chat.briefing.Modelled.modelled;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.source.EventLine;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.NamedIn;
import ru.sppr.chat.user.Caller;

/**
 * «лаптеву за половодье чё поручали, по порядку», «шилова чё делала», «гаишники за половодье чё делали»: a person's or an
 * organisation's part in time order — each sentence of the base naming them, with the document it is in («Решение КЧС
 * № 5: Рекомендовать … Лаптеву И.Д. привести в готовность плавсредства»), not the figures of the places their documents
 * name. An organisation is named by many stories («ГИБДД»): only its part in the kind of event asked is told.
 */
final class ActorTimelines {
    /** At most so many lines: the first few (how it began) and the latest. */
    private static final int LINES = 12;
    private static final int FIRST_LINES = 3;
    /** So many mentions are read at most, the latest. */
    private static final int MENTIONS = 200;
    /** A longer sentence is cut to the clause naming the person, and that to so many words around the name. */
    private static final int LINE_WORDS = 30;
    private static final int WORDS_AROUND = 12;
    /** A document's title in a line is cut to so many words. */
    private static final int TITLE_WORDS = 8;
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final SituationModel model;
    private final TermAnalysis analysis;
    private final ReplyTimes times;
    private final DateTimeFormatter day;
    private final ZoneId zone;

    ActorTimelines(SituationModel model, TermAnalysis analysis, ReplyTimes times, DateTimeFormatter day) {
        this.model = model;
        this.analysis = analysis;
        this.times = times;
        this.day = day;
        this.zone = model.zone();
    }

    /**
     * The timeline of the person a question names first, or of the organisation in the kind of event it names, when it
     * asks no figure; empty when the base names them nowhere dated. A person is one the base names with initials or a first
     * name («Лаптев И.Д.»): a lone capitalised word may be a thing («"Робинсон" под Первоуральском» is a helicopter).
     */
    Optional<Briefed> timeline(Frame frame, Caller caller) {
        if (frame.entities().isEmpty() || !frame.attributes().isEmpty()) {
            return Optional.empty();
        }
        EntityRow actor = frame.entities().getFirst();
        boolean organisation = actor.kind() == MentionKind.ORGANISATION;
        boolean person = actor.kind() == MentionKind.PERSON && SPACE.matcher(actor.name().strip()).find();
        if (!person && !(organisation && frame.event().isPresent())) {
            return Optional.empty();
        }
        List<NamedIn> mentions = model.mentionsOf(actor.key(), MENTIONS, caller);
        List<Line> lines = lines(organisation ? ofEvent(mentions, frame.event().get(), caller) : mentions, frame);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        int skipped = lines.size() > LINES ? lines.size() - LINES + 1 : 0;
        var book = new Book();
        var when = times.reply();
        List<String> text = elided(lines, FIRST_LINES, skipped, "упоминание", "упоминания", "упоминаний", line -> {
            NamedIn at = line.named();
            String moment = at.at().atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT) ? day.format(at.at()) : when.at(at.at());
            String mark = book.mark(at.sourceId(), at.sourceTitle(), at.sourceType(), at.location(), at.at(), at.ordinal(), at.text());
            return "- " + moment + " — " + titled(at) + line.sentence() + " " + mark;
        });
        return Optional.of(Briefed.of(new Answer.Grounded("Хронология — " + actor.name() + ":\n" + String.join("\n", text),
                book.cited(), modelled(book.sources(), false))));
    }

    /** The mentions in reports of incidents of the type. */
    private List<NamedIn> ofEvent(List<NamedIn> mentions, EventType type, Caller caller) {
        Map<String, Set<Long>> incidents = model.incidentsOf(mentions.stream().map(NamedIn::sourceId).distinct().toList(), caller);
        Map<Long, EventType> types = model.typesOf(incidents.values().stream().flatMap(Set::stream).toList(), caller);
        return mentions.stream().filter(m -> incidents.getOrDefault(m.sourceId(), Set.of()).stream().anyMatch(id -> types.get(id) == type)).toList();
    }

    /**
     * A line per sentence naming the person, dated by its fragment, up to the moment asked, in time order; a sentence
     * whose words a line before it had all is no news («Руководитель работ: Громов В.П.» in every report after the
     * decision naming him).
     */
    private List<Line> lines(List<NamedIn> mentions, Frame frame) {
        List<Line> found = new ArrayList<>();
        for (NamedIn m : mentions) {
            if (m.at() != null && !m.at().isAfter(frame.askedAt()) && frame.moment().holds(m.at())) {
                String sentence = EventLine.withoutTime(SPACE.matcher(sentenceAround(m.text(), m.start(), m.end())).replaceAll(" "));
                if (!sentence.isBlank()) {
                    found.add(new Line(m, sentence));
                }
            }
        }
        found.sort(Comparator.comparing((Line l) -> l.named().at()).thenComparing(l -> l.named().sourceId())
                .thenComparingInt(l -> l.named().ordinal()).thenComparingInt(l -> l.named().start()));
        List<Line> lines = new ArrayList<>();
        List<Set<String>> said = new ArrayList<>();
        for (Line line : found) {
            Set<String> words = new HashSet<>(analysis.stems(line.sentence()));
            if (said.stream().noneMatch(before -> before.containsAll(words))) {
                lines.add(line);
                said.add(words);
            }
        }
        return lines;
    }

    /** «Решение КЧС и ОПБ № 5: »: the document a line is from; an event log's or a message's line speaks for itself. */
    private static String titled(NamedIn at) {
        if (at.sourceType() != SourceType.DOCUMENT || at.sourceTitle() == null || at.sourceTitle().isBlank()) {
            return "";
        }
        String[] words = SPACE.split(at.sourceTitle().strip());
        String title = words.length <= TITLE_WORDS ? at.sourceTitle().strip() : String.join(" ", List.of(words).subList(0, TITLE_WORDS)) + "…";
        return "«" + title + "»: ";
    }

    /**
     * The sentence of a text holding the span; when long, its clause holding the span («…; приглашённые — глава
     * Ключевского сельского поселения Никитина Т.И., …»), and of that the words around it.
     */
    static String sentenceAround(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return "";
        }
        int from = 0;
        for (String sentence : Sentences.split(text)) {
            int at = text.indexOf(sentence, from);
            if (at < 0) {
                continue;
            }
            from = at + sentence.length();
            if (start >= at && start < from) {
                return shortened(sentence, start - at);
            }
        }
        return "";
    }

    private static String shortened(String sentence, int at) {
        if (Sentences.words(sentence) <= LINE_WORDS) {
            return sentence.strip();
        }
        int begin = sentence.lastIndexOf(';', at) + 1;
        int end = sentence.indexOf(';', at) < 0 ? sentence.length() : sentence.indexOf(';', at);
        List<String> before = words(sentence.substring(begin, at));
        List<String> after = words(sentence.substring(at, end));
        boolean cutBefore = begin > 0;
        boolean cutAfter = end < sentence.length();
        if (before.size() + after.size() > LINE_WORDS) {
            cutBefore |= before.size() > WORDS_AROUND;
            cutAfter |= after.size() > WORDS_AROUND;
            before = before.subList(Math.max(0, before.size() - WORDS_AROUND), before.size());
            after = after.subList(0, Math.min(WORDS_AROUND, after.size()));
        }
        String clause = String.join(" ", before) + (before.isEmpty() ? "" : " ") + String.join(" ", after);
        return (cutBefore ? "…" : "") + clause + (cutAfter ? "…" : "");
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(SPACE.split(text.strip()));
    }

    private record Line(NamedIn named, String sentence) {}
}
