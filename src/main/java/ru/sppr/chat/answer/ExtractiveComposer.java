package ru.sppr.chat.answer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.Excerpt;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.EventLine;
import ru.sppr.chat.knowledge.source.Publisher;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * The built-in, offline, deterministic composer: answers from the best sentences of the retrieved fragments,
 * each followed by its citation mark, in the question's language and in the shape the intent asks for.
 */
public final class ExtractiveComposer implements AnswerComposer {
    static final int MAX_HITS = 5;
    /** A timeline reads this many fragments, and the turn retrieves as many for one: a story is told in many reports. */
    public static final int TIMELINE_FRAGMENTS = MAX_HITS * 4;
    /** A timeline of fewer reports than this also lists what they narrate day by day. */
    private static final int FEW_REPORTS = 3;
    /** A timeline of so many lines or fewer tells of each message the sentence after its line too. */
    private static final int DETAILED_LINES = 5;
    /** A shorter sentence after a message's line is a caption («Видео»), not a detail. */
    private static final int DETAIL_LEAST_WORDS = 5;
    /** At most this many narrated days join such a timeline. */
    private static final int NARRATED_LINES = 4;
    /**
     * «Максимальная группировка (12.04): 236 человек»: a peak over a period, written in the latest report, is not the
     * state now — the latest status is read from another sentence, unless the peak is asked for.
     */
    private static final Pattern PEAK = Pattern.compile("(?<!\\p{L})(?:максимальн|максимум|наибольш|пиков|пик(?:[аеу]|ом)?(?!\\p{L})|maximum|peak)");
    /** Room kept for the note on sources that disagree ("Источники расходятся: [1] — 312 человек, [2] — 327 человек."). */
    static final int CONFLICT_WORDS = 8;
    /** Reports of one story made within this span give their own figures of it, not one figure's updates. */
    private static final Duration SAME_NEWS = Duration.ofHours(1);
    /** At most this many words of a source's best sentence in a list of sources or in a timeline. */
    static final int ITEM_WORDS = 20;
    /** Further sentences join the answer only if they score at least this share of the best one. */
    static final double PACK = 0.4;
    /** «что там», «что случилось», «кратко что было»: what happened is asked, not one fact of it. */
    private static final Pattern WHAT_HAPPENED = Pattern.compile("(?iu)(?<!\\p{L})(?:что\\s+(?:там|случилось|произошло|стряслось|"
            + "было|творится|известно)|кратко|коротко|вкратце|what\\s+happened)(?!\\p{L})");
    /** «коротко чё там», «вкратце»: a brief asked, which other reports of the story add to. */
    private static final Pattern BRIEFLY = Pattern.compile("(?iu)(?<!\\p{L})(?:кратко|коротко|вкратце|в\\s+двух\\s+словах|"
            + "в\\s+общих\\s+чертах|briefly|in\\s+short)(?!\\p{L})");
    /** A brief is at most this many halves of an answer's words: one and a half answers, the story told by its reports. */
    private static final int BRIEF_SHARE = 3;
    /** A glossary entry's start: the term, then a dash («КЧС — комиссия …»). */
    private static final Pattern GLOSSARY_ENTRY = Pattern.compile("[^.!?\\n]{1,60}?\\s[—–-]\\s");
    /** Added to the score of sentences that offer the kind of answer the question asks for (a number, a date, a name). */
    static final double ANSWER_TYPE_BONUS = 0.08;
    /** Added to a sentence that has every number of the question (a year, a figure): numbers anchor the answer. */
    static final double NUMBER_BONUS = 0.1;
    /**
     * Below this weighted share of the question's words in the best sentence the evidence is not about the question.
     * Chosen on xquad-ru with {@code eval answers}: 0.32 keeps containment at 0.85 while answering "no data" to 92 %
     * of the questions whose gold passages were removed (0.30: 0.84 / 0.90, 0.34: 0.82 / 0.94).
     */
    static final double RELEVANCE_FLOOR = 0.32;
    private final ReplyTimes times;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final TermAnalysis analysis;
    private final Set<String> interrogativeStems;

    /** Times in answers are shown in {@code zone} (the service's {@code CHAT_TIMEZONE}), named after the first one. */
    public ExtractiveComposer(ZoneId zone, TermAnalysis analysis) {
        this.times = new ReplyTimes("dd.MM.yyyy HH:mm", zone);
        this.zone = zone;
        this.day = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(zone);
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.interrogativeStems = Selection.interrogativeStems(analysis);
    }

    /** How this composer's answers show times; the language-model composer shows them the same way. */
    ReplyTimes times() {
        return times;
    }

    /** The text analysis this composer matches questions and fragments with. */
    TermAnalysis analysis() {
        return analysis;
    }

    private Optional<Selection> select(Request r) {
        return Selection.of(r, analysis, interrogativeStems);
    }

    @Override
    public Answer compose(Request r) {
        return switch (composed(r)) {
            case Answer.Grounded g -> new Answer.Grounded(TableRow.shownIn(g.text()), g.citations(), g.evidence());
            case Answer other -> other;
        };
    }

    private Answer composed(Request r) {
        return switch (r.intent()) {
            case CHITCHAT -> SmallTalk.reply(r.question(), r.language());
            case JUSTIFY_ANSWER -> justify(r);
            case REQUEST_SOURCES -> sources(r);
            case TIMELINE -> timeline(r);
            case STATUS_CHECK -> status(r);
            case EXPLAIN_TERMS -> definition(r);
            case SCENARIO_ANALYSIS -> scenario(r);
            case REPORT -> report(r);
            case GENERAL_QUERY -> factual(r);
        };
    }

    private Answer factual(Request r) {
        var found = select(r);
        if (found.isEmpty()) {
            return noEvidence(r);
        }
        Selection s = found.get();
        var book = new CitationBook(r.hits());
        var text = new StringBuilder();
        boolean whatHappened = WHAT_HAPPENED.matcher(r.question()).find();
        boolean brief = BRIEFLY.matcher(r.question()).find() && !Selection.FIGURES.contains(s.expected());
        int briefWords = r.words() * BRIEF_SHARE / 2;
        // a long news report asked briefly is told by what it adds most of; a short one whole, with what others add
        Optional<List<Candidate>> digest = brief && r.hits().get(s.best().hit()).type() == SourceType.RECORD
                ? s.digestOfReport(r.words(), briefWords, r.hits()) : Optional.empty();
        boolean digested = digest.isPresent();
        List<Candidate> chosen = digest.orElseGet(() -> s.pack(r.words(), whatHappened));
        Optional<Conflicts.Disagreement> conflict = Conflicts.find(chosen, s.candidates(), r.hits());
        if (conflict.isPresent()) {
            chosen = s.pack(r.words() - CONFLICT_WORDS, whatHappened);
            conflict = Conflicts.find(chosen, s.candidates(), r.hits());
        }
        List<DifferingAccounts.Account> accounts = conflict.isPresent() ? List.of() : DifferingAccounts.of(s, chosen.getFirst(), r.question(), r.hits());
        if (!accounts.isEmpty()) {
            List<Candidate> shorter = s.pack(r.words() - CONFLICT_WORDS, whatHappened);
            List<DifferingAccounts.Account> again = DifferingAccounts.of(s, shorter.getFirst(), r.question(), r.hits());
            if (!again.isEmpty()) {
                chosen = shorter;
                accounts = again;
            }
        }
        if (!accounts.isEmpty() && !disagree(accounts, r)) {
            chosen = latestFirst(chosen, accounts, r);
        } else if (whatHappened && !digested && accounts.isEmpty() && r.hits().get(s.best().hit()).type() == SourceType.RECORD) {
            chosen = s.inReportOrder(chosen);
        }
        chosen = withoutTitlesAfterTheFirst(chosen, r);
        if (brief && conflict.isEmpty() && accounts.isEmpty()) {
            chosen = s.briefOfTheStory(chosen, briefWords, r.hits(), digested);
        }
        for (Candidate c : chosen) {
            text.append(text.isEmpty() ? "" : " ").append(c.sentence()).append(' ').append(book.mark(c.hit()));
        }
        appendConflict(text, conflict, r.language(), book);
        appendDifferingAccounts(text, accounts, s.expected() == AnswerType.CAUSE, r, book);
        return new Answer.Grounded(text.toString(), book.citations(), s.evidence(r, chosen, conflict.isPresent() || disagree(accounts, r)));
    }

    /**
     * The sentences chosen without a document's title line after the first one: «Памятка населению: действия при угрозе
     * подтопления и наводнения [2]» after «Отключите электричество, газ, воду… [1]» names a document, it claims nothing.
     */
    private static List<Candidate> withoutTitlesAfterTheFirst(List<Candidate> chosen, Request r) {
        List<Candidate> kept = new ArrayList<>(List.of(chosen.getFirst()));
        chosen.stream().skip(1).filter(c -> !titleLine(c, r.hits().get(c.hit()))).forEach(kept::add);
        return kept;
    }

    private static boolean titleLine(Candidate c, SearchHit hit) {
        return c.position() == 0 && hit.type() != SourceType.RECORD && hit.title() != null
                && c.sentence().strip().replaceAll("[.…]+$", "").equals(hit.title().strip().replaceAll("[.…]+$", ""));
    }

    /**
     * «Источники расходятся: 12 человек [1]; 11 человек [2].» — what the reports say of the figure asked; in the order they
     * were made, with their times, when they were made at different times; a count that grew over hours, or in one post, is
     * told as updated («Данные уточнялись: двое человек (07:33) [1]; количество погибших увеличилось до трёх (07:33) [1]»);
     * causes ({@code cause}) as «Версии причины: …».
     */
    private void appendDifferingAccounts(StringBuilder text, List<DifferingAccounts.Account> accounts, boolean cause, Request r,
                                         CitationBook book) {
        if (accounts.isEmpty()) {
            return;
        }
        boolean timed = timed(accounts, r);
        List<DifferingAccounts.Account> told = timed ? accounts.stream()
                .sorted(Comparator.comparing(a -> r.hits().get(a.candidate().hit()).observedAt())).toList() : accounts;
        var when = times.reply(r.language());
        text.append(cause ? r.language().pick(" Версии причины: ", " Accounts of the cause: ")
                : disagree(accounts, r) ? r.language().pick(" Источники расходятся: ", " Sources disagree: ")
                : r.language().pick(" Данные уточнялись: ", " Figures were updated: "));
        for (int i = 0; i < told.size(); i++) {
            DifferingAccounts.Account a = told.get(i);
            text.append(i == 0 ? "" : "; ").append(a.figure())
                    .append(timed ? " (" + when.at(r.hits().get(a.candidate().hit()).observedAt()) + ")" : "")
                    .append(' ').append(book.mark(a.candidate().hit()));
        }
        text.append('.');
    }

    /**
     * A figure that was updated is answered by its latest account: «UPD. Количество погибших увеличилось до трёх» before
     * «Двое человек погибли…», the report of 15:00 before the one of 11:00 — the latest by report time, then by its place
     * in the report.
     */
    private static List<Candidate> latestFirst(List<Candidate> chosen, List<DifferingAccounts.Account> accounts, Request r) {
        Comparator<Candidate> byMade = Comparator.comparing((Candidate c) -> r.hits().get(c.hit()).observedAt(),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(Candidate::position);
        Candidate latest = accounts.stream().map(DifferingAccounts.Account::candidate).max(byMade).orElseThrow();
        if (latest.hit() == chosen.getFirst().hit() && latest.position() == chosen.getFirst().position()) {
            return chosen;
        }
        List<Candidate> reordered = new ArrayList<>(List.of(latest));
        chosen.stream().filter(c -> c.hit() != latest.hit() || c.position() != latest.position()).forEach(reordered::add);
        return reordered;
    }

    /** Whether the accounts were made at different known times. */
    private static boolean timed(List<DifferingAccounts.Account> accounts, Request r) {
        List<Instant> made = accounts.stream().map(a -> r.hits().get(a.candidate().hit()).observedAt()).toList();
        return made.stream().allMatch(Objects::nonNull) && made.stream().distinct().count() > 1;
    }

    /**
     * Whether the accounts disagree: each of another source, made at about the same time (channels that report within the
     * hour give their own figures) — not a figure updated later.
     */
    private static boolean disagree(List<DifferingAccounts.Account> accounts, Request r) {
        boolean apart = accounts.stream().map(a -> r.hits().get(a.candidate().hit()).sourceId()).distinct().count() == accounts.size();
        List<Instant> made = accounts.stream().map(a -> r.hits().get(a.candidate().hit()).observedAt()).filter(Objects::nonNull).sorted().toList();
        boolean together = made.size() < 2 || Duration.between(made.getFirst(), made.getLast()).compareTo(SAME_NEWS) <= 0;
        return !accounts.isEmpty() && apart && together;
    }

    private Answer sources(Request r) {
        var found = select(r);
        if (found.isEmpty()) {
            return noEvidence(r);
        }
        Selection s = found.get();
        var book = new CitationBook(r.hits());
        var text = new StringBuilder(r.language().pick("Источники по вопросу:", "Sources on the question:"));
        var when = times.reply(r.language());
        List<String> seen = new ArrayList<>();
        for (int h = 0; h < Math.min(MAX_HITS, r.hits().size()); h++) {
            SearchHit hit = r.hits().get(h);
            if (seen.contains(hit.sourceId()) || hit.score() < r.hits().getFirst().score() * 0.3) {
                continue;
            }
            Candidate best = s.bestOf(h);
            if (best == null) {
                continue;
            }
            String item = "\n- «" + hit.title() + "»" + describe(hit, r.language(), when) + ": ";
            int room = Math.min(ITEM_WORDS, r.words() - Words.count(text + item));
            if (room < Selection.MIN_WORDS && !seen.isEmpty()) {
                break;
            }
            seen.add(hit.sourceId());
            text.append(item).append(s.fitted(best, room).sentence()).append(' ').append(book.mark(h));
        }
        return new Answer.Grounded(text.toString(), book.citations(), s.evidence(r, List.of(s.best()), false));
    }

    private Answer justify(Request r) {
        if (r.prior().isEmpty() || r.prior().get().sources().isEmpty()) {
            return new Answer.Conversational(r.language().pick(
                    "В этой сессии ещё нет ответа со ссылками на источники, который можно было бы обосновать.",
                    "There is no sourced answer in this session to justify yet."));
        }
        Prior prior = r.prior().get();
        var text = new StringBuilder(r.language().pick("Предыдущий ответ основан на следующих сведениях:",
                "The previous answer rests on the following evidence:"));
        List<Cited> cited = new ArrayList<>();
        for (Prior.Source source : prior.sources()) {
            text.append("\n- «").append(source.title()).append("»")
                    .append(source.location() == null ? "" : ", " + source.location())
                    .append(": ").append(TableRow.readable(source.snippet(), prior.answer())).append(" [").append(source.ordinal()).append(']');
            cited.add(new Cited(source.ordinal(), new SearchHit(source.sourceId() + "#prior", source.sourceId(),
                    source.title(), SourceType.DOCUMENT, source.location(), null, null, 0,
                    source.snippet(), Excerpt.of(source.snippet(), List.of()))));
        }
        return new Answer.Grounded(text.toString(), cited,
                new Evidence(1, 1, 0, 1, Math.min(prior.sources().size(), 3), false));
    }

    private Answer timeline(Request r) {
        var found = select(r);
        if (found.isEmpty()) {
            return noEvidence(r);
        }
        Selection s = found.get();
        var book = new CitationBook(r.hits());
        List<Integer> dated = s.datedHits(r, true);
        if (dated.isEmpty()) {
            return factual(r);
        }
        dated.sort(Comparator.comparing(h -> r.hits().get(h).observedAt()));
        List<Candidate> used = new ArrayList<>();
        List<TimelineLine> lines = new ArrayList<>();
        Set<String> documentMoments = new HashSet<>();
        for (int h : dated) {
            Candidate best = s.fitted(s.bestOf(h), ITEM_WORDS);
            // one line per document and moment: the rules of a procedure are one entry, not each of its paragraphs
            SearchHit hit = r.hits().get(h);
            if (used.stream().anyMatch(best::retells) || !documentMoments.add(hit.sourceId() + "@" + hit.observedAt())) {
                continue;
            }
            used.add(best);
            lines.add(new TimelineLine(r.hits().get(h).observedAt(), false, best, ""));
        }
        if (lines.size() <= DETAILED_LINES) {
            lines.replaceAll(line -> line.withDetail(detail(s, r, line.sentence(), used)));
        }
        if (lines.size() < FEW_REPORTS) {
            lines.addAll(narrated(s, r, dated, used));
        }
        lines.sort(Comparator.comparing(TimelineLine::at));
        var text = new StringBuilder(r.language().pick("Хронология:", "Timeline:"));
        var when = times.reply(r.language());
        for (TimelineLine line : lines) {
            text.append("\n- ").append(line.dayOnly() ? day.format(line.at()) : when.at(line.at())).append(" — ")
                    .append(EventLine.withoutTime(line.sentence().sentence())).append(line.detail()).append(' ')
                    .append(book.mark(line.sentence().hit()));
        }
        return new Answer.Grounded(text.toString(), book.citations(), s.evidence(r, used, false));
    }

    /**
     * « Очевидцы пишут о массовой аварии на съезде на МКАД с Дмитровского шоссе.»: the sentence after a message's line in
     * its body, when a timeline has few lines — a headline («Несколько ДТП произошло в Москве утром…») says little of what
     * happened. Not one another line tells already, nor a short caption.
     */
    private String detail(Selection s, Request r, Candidate line, List<Candidate> used) {
        if (r.hits().get(line.hit()).type() != SourceType.RECORD) {
            return "";
        }
        return s.sentenceAt(line.hit(), line.position() + 1)
                .filter(next -> Words.count(next.sentence()) >= DETAIL_LEAST_WORDS && used.stream().noneMatch(next::retells))
                .map(next -> " " + s.fitted(next, ITEM_WORDS).sentence()).orElse("");
    }

    /** A line of a timeline: when, whether only the day is known, the sentence, and a sentence telling more of it. */
    private record TimelineLine(Instant at, boolean dayOnly, Candidate sentence, String detail) {
        TimelineLine withDetail(String more) {
            return new TimelineLine(at, dayOnly, sentence, more);
        }
    }

    /**
     * What the few reports of a story narrate day by day: their sentences naming a day before the report's own
     * ({@link NarratedDays}), at most {@value #NARRATED_LINES}.
     */
    private List<TimelineLine> narrated(Selection s, Request r, List<Integer> dated, List<Candidate> used) {
        List<TimelineLine> lines = new ArrayList<>();
        for (int h : dated) {
            for (Candidate c : s.sentencesOf(h)) {
                if (lines.size() == NARRATED_LINES || used.contains(c)) {
                    continue;
                }
                NarratedDays.of(c.sentence(), r.hits().get(h).observedAt(), zone).ifPresent(day -> lines.add(
                        new TimelineLine(day.atStartOfDay(zone).toInstant(), true, s.fitted(c, ITEM_WORDS), "")));
            }
        }
        return lines;
    }

    private Answer status(Request r) {
        var found = select(r);
        if (found.isEmpty()) {
            return noEvidence(r);
        }
        Selection s = found.get();
        boolean fireAsked = FireState.asked(r.question());
        Optional<Candidate> fireState = fireAsked ? latestFireState(s, r) : Optional.empty();
        List<Integer> dated = s.datedHits(r);
        if (fireState.isEmpty() && (dated.isEmpty() || fireAsked)) {
            return factual(r);
        }
        boolean peakAsked = PEAK.matcher(r.question().toLowerCase(Locale.ROOT)).find();
        List<Integer> current = peakAsked ? dated : dated.stream().filter(h -> !PEAK.matcher(s.bestOf(h).sentence().toLowerCase(Locale.ROOT)).find()).toList();
        int latest = fireState.map(Candidate::hit).orElseGet(() -> (current.isEmpty() ? dated : current).stream()
                .max(Comparator.comparing(h -> r.hits().get(h).observedAt())).orElseThrow());
        Instant observed = r.hits().get(latest).observedAt();
        var book = new CitationBook(r.hits());
        String lead = r.language().pick("По последним данным (на ", "According to the latest data (as of ")
                + times.reply(r.language()).at(observed) + "): ";
        String stale = !observed.isBefore(r.now().minus(r.freshness())) ? "" : r.language().pick(
                "\n\nВнимание: эти сведения старше " + r.freshness().toHours() + " ч; запросите обновление обстановки.",
                "\n\nNote: this information is older than " + r.freshness().toHours() + " h; request an update.");
        int budget = r.words() - Words.count(lead + stale);
        Candidate best = s.fitted(fireState.orElseGet(() -> s.bestOf(latest)), budget);
        List<Candidate> said = new ArrayList<>(List.of(best));
        s.complement(best, budget - best.words()).ifPresent(said::add);
        if (fireState.isEmpty()) {
            toldLater(s, best, r, budget - said.stream().mapToInt(Candidate::words).sum()).filter(c -> !said.contains(c)).ifPresent(said::add);
        }
        if (s.echoes(best)) {
            int room = budget - said.stream().mapToInt(Candidate::words).sum();
            s.sentenceAt(latest, best.position() + 1).filter(c -> !said.contains(c) && c.words() <= room).ifPresent(said::add);
        }
        said.sort(Comparator.comparingInt(Candidate::position));
        var text = new StringBuilder(lead);
        said.forEach(c -> text.append(c.sentence()).append(' '));
        text.append(book.mark(latest)).append(stale);
        return new Answer.Grounded(text.toString(), book.citations(), s.evidence(r, said, false));
    }

    /**
     * What a news post adds later about the question, after the sentence chosen from it: a post is added to at its end
     * («…экстренные службы восстановили подачу электричества» under «Массовое отключение света в Чертаново»), so its last
     * sentence with a word of the question that fits {@code room}, told besides what completes the chosen one; none of any
     * other fragment.
     */
    private static Optional<Candidate> toldLater(Selection s, Candidate chosen, Request r, int room) {
        if (r.hits().get(chosen.hit()).type() != SourceType.RECORD) {
            return Optional.empty();
        }
        return s.sentencesOf(chosen.hit()).stream().filter(c -> c.position() > chosen.position() && c.words() <= room)
                .filter(c -> c.stems().stream().anyMatch(s.questionStems()::contains)).reduce((first, second) -> second);
    }

    /**
     * The latest sentence of the story asked that says what state its fire is in ({@link FireState#stage}), of a fragment
     * naming everything the question names besides the fire («пожар в бассейне в москве потушили?» is not answered by the
     * warehouse in Москва: none is, and the question is answered as any other). Latest, not
     * furthest: the fragments found by words are of the story only loosely, and another fire's «ликвидирован» would win;
     * the furthest state is taken where the incident's own reports are known ({@code briefing.FireStates}).
     */
    private static Optional<Candidate> latestFireState(Selection s, Request r) {
        List<String> named = s.questionStems().stream().filter(w -> !FireState.fireWord(w)).toList();
        return s.datedHits(r, true).stream().filter(h -> namesAll(s.sentencesOf(h), named))
                .flatMap(h -> s.sentencesOf(h).stream()).filter(c -> FireState.stage(c.sentence()) > 0)
                .max(Comparator.comparing((Candidate c) -> r.hits().get(c.hit()).observedAt()).thenComparingInt(Candidate::position));
    }

    /** Whether the sentences of a fragment name every word, each in some form (by its first five letters). */
    private static boolean namesAll(List<Candidate> sentences, List<String> words) {
        List<String> said = sentences.stream().flatMap(c -> Stream.concat(c.stems().stream(), c.context().stream())).toList();
        return words.stream().allMatch(w -> said.stream().anyMatch(x -> x.startsWith(w.substring(0, Math.min(w.length(), 5)))));
    }

    private Answer definition(Request r) {
        var found = select(r);
        if (found.isEmpty()) {
            return noEvidence(r);
        }
        Selection s = found.get();
        Candidate best = s.fitted(s.candidates().stream()
                .max(Comparator.comparingDouble(c -> c.score() + Definitions.bonus(analysis, c.sentence(), r.hits().get(c.hit()), s.questionStems())))
                .orElseThrow(), r.words());
        var book = new CitationBook(r.hits());
        String mark = book.mark(best.hit());
        var text = new StringBuilder(best.sentence()).append(' ').append(mark);
        sameEntry(s, best, r).ifPresent(next -> text.append(' ').append(next.sentence()).append(' ').append(mark));
        return new Answer.Grounded(text.toString(), book.citations(), s.evidence(r, List.of(best), false));
    }

    /**
     * The sentence after a definition's first one on the same line of the glossary, within the word budget: «КЧС — комиссия
     * по … Координационный орган, принимает решения о …» is one entry.
     */
    private static Optional<Candidate> sameEntry(Selection s, Candidate first, Request r) {
        String text = r.hits().get(first.hit()).text();
        int at = text.indexOf(first.sentence());
        if (at < 0 || !GLOSSARY_ENTRY.matcher(first.sentence()).lookingAt()) {
            return Optional.empty();
        }
        return s.sentenceAt(first.hit(), first.position() + 1)
                .filter(c -> first.words() + c.words() <= r.words())
                .filter(c -> {
                    int next = text.indexOf(c.sentence(), at + first.sentence().length());
                    return next > 0 && text.substring(at + first.sentence().length(), next).indexOf('\n') < 0;
                });
    }

    private Answer scenario(Request r) {
        var found = select(r);
        if (found.isEmpty()) {
            return noEvidence(r);
        }
        Selection s = found.get();
        var book = new CitationBook(r.hits());
        String lead = r.language().pick("Не прогноз, а сведения для оценки сценария:",
                "Not a prediction but evidence to weigh for the scenario:");
        String close = r.language().pick("\n\nВыводы — за аналитиком.", "\n\nConclusions are the analyst's call.");
        var text = new StringBuilder(lead);
        List<Candidate> chosen = s.pack(r.words() - Words.count(lead + close));
        for (Candidate c : chosen) {
            text.append("\n- ").append(c.sentence()).append(' ').append(book.mark(c.hit()));
        }
        text.append(close);
        return new Answer.Grounded(text.toString(), book.citations(), s.evidence(r, chosen, false));
    }

    private Answer report(Request r) {
        var found = select(r);
        if (found.isEmpty()) {
            return noEvidence(r);
        }
        Selection s = found.get();
        var book = new CitationBook(r.hits());
        var text = new StringBuilder(r.language().pick("## Сводка\n\n**Главное.** ", "## Summary\n\n**Key points.** "));
        List<Candidate> chosen = s.pack(r.words() * 2);
        for (Candidate c : chosen) {
            text.append(c.sentence()).append(' ').append(book.mark(c.hit())).append(' ');
        }
        List<Integer> dated = s.datedHits(r);
        if (!dated.isEmpty()) {
            dated.sort(Comparator.comparing(h -> r.hits().get(h).observedAt()));
            text.append(r.language().pick("\n\n**Хронология.**", "\n\n**Timeline.**"));
            var when = times.reply(r.language());
            for (int h : dated) {
                text.append("\n- ").append(when.at(r.hits().get(h).observedAt())).append(" — «")
                        .append(r.hits().get(h).title()).append("» ").append(book.mark(h));
            }
        }
        Optional<Conflicts.Disagreement> conflict = Conflicts.find(chosen, s.candidates(), r.hits());
        appendConflict(text, conflict, r.language(), book);
        return new Answer.Grounded(text.toString().strip(), book.citations(), s.evidence(r, chosen, conflict.isPresent()));
    }

    private static void appendConflict(StringBuilder text, Optional<Conflicts.Disagreement> conflict, Language language,
                                       CitationBook book) {
        conflict.ifPresent(d -> text.append(language.pick("\n\nИсточники расходятся: ", "\n\nSources disagree: "))
                .append(book.mark(d.first().hit())).append(" — ").append(d.firstFigure()).append(", ")
                .append(book.mark(d.second().hit())).append(" — ").append(d.secondFigure()).append('.'));
    }

    private static String describe(SearchHit hit, Language language, ReplyTimes.Reply when) {
        String at = hit.observedAt() == null ? "" : ", " + when.at(hit.observedAt());
        String where = hit.location() == null || hit.location().isBlank() ? "" : ", " + (hit.type() == SourceType.RECORD ? Publisher.of(hit.location()) : hit.location());
        return " (" + language.pick(typeRu(hit), hit.type().code()) + at + where + ")";
    }

    private static String typeRu(SearchHit hit) {
        return switch (hit.type()) {
            case DOCUMENT -> "документ";
            case TABLE -> "таблица";
            case IMAGE -> "изображение";
            case EVENTS -> "журнал событий";
            case RECORD -> "запись";
        };
    }

    private static Answer noEvidence(Request r) {
        return new Answer.NoEvidence(r.language().pick(
                "В базе знаний нет сведений, отвечающих на вопрос «" + r.question() + "». "
                        + "Попробуйте переформулировать вопрос или уточнить объект, место и время.",
                "The knowledge base holds nothing that answers “" + r.question() + "”. "
                        + "Try rephrasing or naming the object, place and time."));
    }
}
