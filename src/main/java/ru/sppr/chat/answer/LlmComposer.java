package ru.sppr.chat.answer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.SearchHit;

/**
 * Answers with a language model under the same citation contract as the built-in composer: the prompt carries
 * the numbered fragments and demands a mark [n] after every sentence; the reply is checked — marks that point to
 * no fragment are removed, sentences their cited fragments do not support are flagged. Structured shapes
 * (timeline, status, sources, justification, small talk) and "no data" stay with the built-in composer, which is
 * also the fallback on any model failure. Confidence comes from the same evidence signals. Times are shown as in every
 * answer: the prompt gives each fragment's time in the service's zone, labelled («19:30 09.04.2026 UTC+5»), and asks
 * for times with their zone; a reply naming none gets the label after its first time ({@link ReplyTimes#labelled}).
 */
public final class LlmComposer implements AnswerComposer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmComposer.class);
    private static final Set<Intent> GENERATIVE = Set.of(Intent.GENERAL_QUERY, Intent.SCENARIO_ANALYSIS, Intent.REPORT,
            Intent.EXPLAIN_TERMS);
    private static final Pattern MARK = Pattern.compile("\\[(\\d+)]");
    private static final double SUPPORT = 0.3;
    static final String UNSUPPORTED = " [не подтверждено источником]";

    private final LanguageModel model;
    private final ExtractiveComposer fallback;

    public LlmComposer(LanguageModel model, ExtractiveComposer fallback) {
        this.model = Objects.requireNonNull(model, "model");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public Answer compose(Request r) {
        Answer base = fallback.compose(r);
        if (!(base instanceof Answer.Grounded grounded) || !GENERATIVE.contains(r.intent())) {
            return base;
        }
        List<SearchHit> fragments = r.hits().subList(0, Math.min(ExtractiveComposer.MAX_HITS, r.hits().size()));
        String reply;
        try {
            reply = model.complete(system(r.language(), r.words(), fallback.times().reply(r.language()).at(r.now())), prompt(r.question(), fragments, fallback.times()));
        } catch (RuntimeException e) {
            LOG.warn("Language model failed ({}); answering with the built-in composer", e.toString());
            return base;
        }
        Instant near = fragments.stream().map(SearchHit::observedAt).filter(Objects::nonNull).findFirst().orElse(r.now());
        return checked(reply, fragments, grounded.evidence())
                .<Answer>map(a -> new Answer.Grounded(fallback.times().labelled(a.text(), r.language(), near),
                        a.citations(), a.evidence()))
                .orElse(base);
    }

    /** The reply with invalid marks removed and unsupported sentences flagged; empty when nothing usable is left. */
    Optional<Answer.Grounded> checked(String reply, List<SearchHit> fragments, Evidence evidence) {
        var text = new StringBuilder();
        Set<Integer> used = new LinkedHashSet<>();
        for (String sentence : Sentences.split(reply == null ? "" : reply.strip())) {
            Set<Integer> marks = new LinkedHashSet<>();
            Matcher m = MARK.matcher(sentence);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n >= 1 && n <= fragments.size()) {
                    marks.add(n);
                }
            }
            String bare = MARK.matcher(sentence).replaceAll("").replaceAll("\\s+([.,!?;:])", "$1").strip();
            if (bare.isEmpty()) {
                continue;
            }
            boolean supported = !marks.isEmpty() && supported(bare, marks, fragments);
            text.append(text.isEmpty() ? "" : " ").append(bare);
            marks.forEach(n -> text.append(" [").append(n).append(']'));
            if (!supported) {
                text.append(UNSUPPORTED);
            }
            used.addAll(marks);
        }
        if (used.isEmpty()) {
            return Optional.empty();
        }
        List<Cited> citations = new ArrayList<>();
        used.stream().sorted().forEach(n -> citations.add(new Cited(n, fragments.get(n - 1))));
        return Optional.of(new Answer.Grounded(text.toString(), citations, evidence));
    }

    private boolean supported(String sentence, Set<Integer> marks, List<SearchHit> fragments) {
        TermAnalysis analysis = fallback.analysis();
        List<String> stems = analysis.stems(sentence);
        if (stems.isEmpty()) {
            return true;
        }
        Set<String> cited = new LinkedHashSet<>();
        marks.forEach(n -> cited.addAll(analysis.stems(fragments.get(n - 1).text())));
        long found = stems.stream().filter(cited::contains).count();
        return (double) found / stems.size() >= SUPPORT;
    }

    /** The instruction; {@code example} is a time as the answer should write it, with the zone («12.04.2026 17:00 UTC+5»). */
    private static String system(Language language, int words, String example) {
        return language.pick("""
                Ты — ассистент ситуационного центра. Отвечай только по приведённым фрагментам, по-русски, кратко (до %d слов).
                После каждого предложения ставь номер фрагмента, на котором оно основано, в квадратных скобках, например [2].
                Если во фрагментах нет ответа, так и скажи: «В приведённых материалах нет сведений». Ничего не выдумывай.
                Время называй, как во фрагментах, с поясом после него (например, «%s»).""",
                """
                You are a situation-centre assistant. Answer only from the given fragments, in English, briefly (at most %d words).
                After every sentence put the number of the fragment it rests on in square brackets, e.g. [2].
                If the fragments do not answer the question, say so. Do not make anything up.
                Write times as the fragments do, with the zone after them (e.g. "%s").""").formatted(words, example);
    }

    /** The fragments, each with its title, place and time (in the service's zone, labelled), then the question. */
    static String prompt(String question, List<SearchHit> fragments, ReplyTimes times) {
        var prompt = new StringBuilder("Фрагменты:\n");
        for (int i = 0; i < fragments.size(); i++) {
            SearchHit f = fragments.get(i);
            prompt.append('[').append(i + 1).append("] «").append(f.title()).append("»")
                    .append(f.location() == null ? "" : ", " + f.location())
                    .append(f.observedAt() == null ? "" : ", " + times.reply().at(f.observedAt()))
                    .append(":\n").append(f.text()).append("\n\n");
        }
        return prompt.append("Вопрос: ").append(question).toString();
    }
}
