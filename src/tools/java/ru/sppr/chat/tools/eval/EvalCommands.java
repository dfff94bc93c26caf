package ru.sppr.chat.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.sppr.chat.answer.ConfidenceModel;
import ru.sppr.chat.cli.ChatBackend;
import ru.sppr.chat.cli.ToolCommand;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.intent.LinearIntentClassifier;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.knowledge.ingest.IngestReport;
import ru.sppr.chat.situation.MentionExtractor;
import ru.sppr.chat.situation.Morphology;
import ru.sppr.chat.tools.Figures;
import ru.sppr.chat.tools.TempHome;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/**
 * {@code eval}: quality on labelled data, in a fresh temporary home with embedded storage; joins {@code chat-sppr} as a
 * {@link ToolCommand} (META-INF/services).
 */
@Command(name = "eval", description = "Оценка качества на размеченных данных")
public final class EvalCommands implements Runnable, ToolCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code chat-sppr eval} with its subcommands, the ones that open the service through {@code factory}. */
    @Override
    public CommandLine command(ChatBackend.Factory factory) {
        return new CommandLine(this).addSubcommand(new Retrieval(factory))
                .addSubcommand(new Intents())
                .addSubcommand(new Mentions())
                .addSubcommand(new Situation(factory))
                .addSubcommand(new Dialogue(factory))
                .addSubcommand(new Probe(factory))
                .addSubcommand(new Answers(factory));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /**
     * Ingests the evaluation corpora into the (fresh) backend; any file that fails stops the evaluation: scored without
     * the demo base's images (no tesseract on the machine) its figures are not those of a full base.
     */
    static IngestReport loadCorpora(ChatBackend backend, List<Path> corpora) {
        IngestReport ingest = ingest(backend, corpora);
        if (ingest.failed() > 0) {
            throw new InvalidRequestException(null, "корпус загрузился не весь, оценка остановлена — "
                    + ingest.files().stream().map(IngestReport.FileResult::error).filter(Objects::nonNull).collect(Collectors.joining("; ")));
        }
        return ingest;
    }

    /** Ingests the corpora to read answers from; a file that fails (an image without tesseract) is reported on stderr and left out. */
    static void loadTolerating(ChatBackend backend, List<Path> corpora) {
        ingest(backend, corpora).files().stream().filter(f -> f.error() != null)
                .forEach(f -> System.err.println("пропущен файл: " + f.error()));
    }

    /**
     * A corpus that is not there stops the evaluation: run from elsewhere than the repository, «demo/knowledge» was
     * silently missing and every demo question counted as wrong.
     */
    private static IngestReport ingest(ChatBackend backend, List<Path> corpora) {
        for (Path corpus : corpora) {
            if (!Files.exists(corpus)) {
                throw new InvalidRequestException(null, "нет файла или каталога " + corpus.toAbsolutePath()
                        + " — относительные пути считаются от текущего каталога (запускайте из корня репозитория)");
            }
        }
        IngestReport report = backend.knowledge().ingest(corpora, IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
        if (!backend.situation().awaitFollowed(Duration.ofHours(1))) {
            throw new IllegalStateException("модель обстановки не догнала базу знаний за час");
        }
        return report;
    }

    /** The analyst the questions of an evaluation are asked as, cleared for everything. */
    private static Caller evaluator(ChatBackend backend) {
        return backend.users().ensure(new NewUser("eval", "Оценка", Role.ANALYST, Clearance.SECRET), Caller.LOCAL_ADMIN)
                .user().asCaller();
    }

    /** One JSON object per line, for reading what went wrong question by question. */
    private static void writeJsonLines(Path file, List<Map<String, Object>> rows) throws IOException {
        var line = Figures.JSON.writer().without(SerializationFeature.INDENT_OUTPUT);
        var lines = new ArrayList<String>();
        for (var row : rows) {
            lines.add(line.writeValueAsString(row));
        }
        Files.write(file, lines);
    }

    @Command(name = "answers", description = "Качество ответов: вхождение эталона, первая ссылка, длина, ECE, отказы, задержка")
    static final class Answers implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "Каталог с corpus.jsonl, queries.jsonl, qrels.tsv") Path data;
        @Option(names = "--remove-gold", description = "Убрать из корпуса эталонные фрагменты (проверка честного отказа)") boolean removeGold;
        @Option(names = "--json", description = "Записать результат в файл") Path json;
        @Option(names = "--fit-confidence", description = "Подобрать параметры уверенности и записать их в файл") Path fit;
        @Option(names = "--dump", description = "Записать каждый вопрос с эталоном и ответом (JSONL) — для разбора ошибок") Path dump;

        private final ChatBackend.Factory factory;

        Answers(ChatBackend.Factory factory) {
            this.factory = factory;
        }

        @Override
        public Integer call() throws Exception {
            EvalData dataset = EvalData.load(data);
            try (TempHome home = TempHome.create("chat-eval-answers");
                 ChatBackend backend = factory.openEmbedded(home.path())) {
                Path corpus = removeGold ? withoutGold(dataset, home.path()) : dataset.corpus();
                IngestReport ingest = loadCorpora(backend, List.of(corpus));
                var outcomes = AnswerEvaluation.ask(dataset, backend.sessions(), backend.dialog(), evaluator(backend));
                Map<String, Object> result = new LinkedHashMap<>(AnswerEvaluation.metrics(outcomes));
                if (fit != null) {
                    AnswerEvaluation.Fit fitted = AnswerEvaluation.fit(outcomes);
                    Files.writeString(fit, fitted.model().toJson() + "\n");
                    result.put("fit_cross_validated_ece", fitted.crossValidatedEce());
                    result.put("fit_answered", fitted.answered());
                }
                if (dump != null) {
                    writeJsonLines(dump, outcomes.stream().map(AnswerEvaluation.Outcome::row).toList());
                }
                Figures.print(result, json);
                System.err.printf("корпус: %d источников%s%n", ingest.added(), removeGold ? " (эталонные убраны)" : "");
                return 0;
            }
        }

        private static Path withoutGold(EvalData dataset, Path home) throws IOException {
            var gold = new HashSet<String>();
            dataset.relevant().values().forEach(gold::addAll);
            Path out = home.resolve("corpus-without-gold.jsonl");
            var mapper = new ObjectMapper();
            List<String> kept = Files.readAllLines(dataset.corpus()).stream().filter(line -> !line.isBlank())
                    .filter(line -> {
                        try {
                            return !gold.contains(mapper.readTree(line).get("id").asText());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
            Files.write(out, kept);
            return out;
        }
    }

    @Command(name = "mentions", description = "Упоминания против ручной разметки BRAT (NEREL): точность, полнота, F1 по типам, точные и пересекающиеся границы")
    static final class Mentions implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "Каталог с *.txt и *.ann") Path data;
        @Option(names = "--json", description = "Записать результат в файл") Path json;

        @Override
        public Integer call() throws IOException {
            var extractor = new MentionExtractor(Morphology.russian(),
                    ZoneId.of("Europe/Moscow"));
            Figures.print(MentionEvaluation.run(data, extractor), json);
            return 0;
        }
    }

    @Command(name = "situation", description = "Модель обстановки против ручной разметки: группировка (попарно), упоминания, показатели — по частям tune и heldout")
    static final class Situation implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "Корпус сообщений (corpus.jsonl из ru-incidents)") Path data;
        @Option(names = "--labels", defaultValue = "eval/situation/ru-incidents.jsonl", description = "Разметка (JSONL)") Path labels;
        @Option(names = "--demo", description = "Каталог демо-базы (demo/knowledge) — оценить и её") Path demo;
        @Option(names = "--demo-labels", defaultValue = "eval/situation/demo.jsonl", description = "Разметка демо-базы") Path demoLabels;
        @Option(names = "--json", description = "Записать результат в файл") Path json;

        private final ChatBackend.Factory factory;

        Situation(ChatBackend.Factory factory) {
            this.factory = factory;
        }

        @Override
        public Integer call() throws Exception {
            try (TempHome home = TempHome.create("chat-eval-situation");
                 ChatBackend backend = factory.openEmbedded(home.path())) {
                IngestReport ingest = loadCorpora(backend, List.of(data));
                Map<String, Object> result = new LinkedHashMap<>(SituationEvaluation.run(labels,
                        backend.knowledge(), backend.situation()));
                result.put("ingest_seconds", Math.round(ingest.seconds() * 100) / 100.0);
                if (demo != null) {
                    try (TempHome demoHome = TempHome.create("chat-eval-situation-demo");
                         ChatBackend demoBackend = factory.openEmbedded(demoHome.path())) {
                        loadCorpora(demoBackend, List.of(demo));
                        result.put("demo", SituationEvaluation.demo(demoLabels, demoBackend.knowledge(),
                                demoBackend.situation()));
                    }
                }
                Figures.print(result, json);
                return 0;
            }
        }
    }

    @Command(name = "dialogue", description = "Вопросы операторов через диалог: точность по видам и частям tune/heldout, отказы, ECE, задержка")
    static final class Dialogue implements Callable<Integer> {
        @Option(names = "--data", defaultValue = "eval/dialogue/operators.jsonl", split = ",",
                description = "Вопросы с эталонами (JSONL; несколько файлов — через запятую)") List<Path> data;
        @Option(names = "--demo", defaultValue = "demo/knowledge", description = "Каталог демо-базы") Path demo;
        @Option(names = "--incidents", required = true, description = "Корпус сообщений о происшествиях (corpus.jsonl из ru-incidents)") Path incidents;
        @Option(names = "--json", description = "Записать результат в файл") Path json;
        @Option(names = "--dump", description = "Записать каждый вопрос с ответом (JSONL) — для разбора ошибок") Path dump;
        @Option(names = "--fit-confidence", description = "Подобрать параметры уверенности на настроечной части вопросов операторов "
                + "и XQuAD (--xquad) и записать их в файл; ECE — по перекрёстной проверке и на отложенной части") Path fit;
        @Option(names = "--xquad", description = "Каталог XQuAD (corpus.jsonl, queries.jsonl, qrels.tsv) для --fit-confidence") Path xquad;
        @Option(names = "--rescale-on", split = ",", description = "Записи первых прогонов новых наборов (--record), до настройки "
                + "по ним: после подбора --fit-confidence растянуть и сдвинуть уверенность по их части tune") List<Path> rescaleOn;
        @Option(names = "--record", description = "Записать исход каждого вопроса без текстов (id, вид, часть, верно, отказ, "
                + "уверенность, признаки) — первый прогон нового набора хранится так в eval/dialogue/first-runs/") Path record;
        @Option(names = "--fit-on", defaultValue = "tune", description = "На каких вопросах операторов подбирать уверенность: "
                + "tune — на настроечных частях (ECE отложенных частей — честная оценка), all — на всех (тогда честная оценка — "
                + "на наборе, которого подбор не видел, например operators-3.jsonl; по умолчанию ${DEFAULT-VALUE})") FitOn fitOn;

        /** Which operator questions the confidence model is fitted on. */
        enum FitOn { tune, all }

        private final ChatBackend.Factory factory;

        Dialogue(ChatBackend.Factory factory) {
            this.factory = factory;
        }

        @Override
        public Integer call() throws Exception {
            var items = data.stream().flatMap(file -> DialogueEvaluation.read(file).stream()).toList();
            var clock = new MovableClock();
            try (TempHome home = TempHome.create("chat-eval-dialogue");
                 ChatBackend backend = factory.openEmbedded(home.path(), clock)) {
                loadCorpora(backend, List.of(demo, incidents));
                var outcomes = DialogueEvaluation.ask(items, backend.knowledge(), backend.sessions(), backend.dialog(), clock,
                        evaluator(backend));
                if (dump != null) {
                    writeJsonLines(dump, outcomes.stream().map(DialogueEvaluation.Outcome::row).toList());
                }
                if (record != null) {
                    writeJsonLines(record, outcomes.stream().map(DialogueEvaluation.Outcome::record).toList());
                }
                Map<String, Object> result = new LinkedHashMap<>(DialogueEvaluation.metrics(outcomes));
                if (fit != null) {
                    var samples = new ArrayList<ConfidenceFit.Sample>();
                    outcomes.stream().filter(o -> !o.refused()).forEach(o -> samples.add(new ConfidenceFit.Sample("operators",
                            fitOn == FitOn.all || o.item().split().equals("tune"), o.features(), o.correct())));
                    samples.addAll(xquadSamples());
                    ConfidenceFit.Result fitted = ConfidenceFit.fit(samples, ConfidenceModel.shipped());
                    ConfidenceModel model = fitted.model();
                    result.put("confidence_fit", fitted.figures());
                    if (rescaleOn != null && !rescaleOn.isEmpty()) {
                        ConfidenceFit.Result rescaled = ConfidenceFit.rescale(
                                rescaleOn.stream().flatMap(file -> DialogueEvaluation.recorded(file).stream()).toList(), model);
                        model = rescaled.model();
                        result.put("confidence_rescale", rescaled.figures());
                    }
                    Files.writeString(fit, model.toJson() + "\n");
                }
                Figures.print(result, json);
                return 0;
            }
        }

        /**
         * XQuAD's answered questions, asked in a base of its own: the even-numbered articles are the tune part, the odd
         * ones held out (an article's questions share its words, so they stay on one side).
         */
        private List<ConfidenceFit.Sample> xquadSamples() throws Exception {
            if (xquad == null) {
                return List.of();
            }
            EvalData dataset = EvalData.load(xquad);
            try (TempHome home = TempHome.create("chat-eval-xquad");
                 ChatBackend backend = factory.openEmbedded(home.path())) {
                loadCorpora(backend, List.of(dataset.corpus()));
                return AnswerEvaluation.ask(dataset, backend.sessions(), backend.dialog(), evaluator(backend)).stream()
                        .filter(o -> !o.abstained())
                        .map(o -> new ConfidenceFit.Sample("xquad", evenArticle(dataset.relevant().get(o.query().id())),
                                o.features(), o.contained()))
                        .toList();
            }
        }

        /** Passage ids are a{article}_p{paragraph}. */
        private static boolean evenArticle(Set<String> passages) {
            String passage = passages.iterator().next();
            return Integer.parseInt(passage.substring(1, passage.indexOf('_'))) % 2 == 0;
        }
    }

    @Command(name = "probe", description = "Вопросы оператора в заданные моменты (строка — разговор: «МОМЕНТ :: вопрос // уточнение»); "
            + "печатает ответы, намерение и уверенность — чтобы прочитать их, без эталонов")
    static final class Probe implements Callable<Integer> {
        @Option(names = "--questions", required = true, description = "Файл с разговорами") Path questions;
        @Option(names = "--demo", defaultValue = "demo/knowledge", description = "Каталог демо-базы") Path demo;
        @Option(names = "--incidents", description = "Корпус сообщений о происшествиях (corpus.jsonl из ru-incidents), если нужен") Path incidents;
        @Option(names = "--cited", description = "Печатать под ответом его источники: номер, id источника, фрагмент") boolean cited;

        private final ChatBackend.Factory factory;

        Probe(ChatBackend.Factory factory) {
            this.factory = factory;
        }

        @Override
        public Integer call() throws Exception {
            var conversations = OperatorProbe.read(questions);
            var clock = new MovableClock();
            try (TempHome home = TempHome.create("chat-eval-probe");
                 ChatBackend backend = factory.openEmbedded(home.path(), clock)) {
                loadTolerating(backend, incidents == null ? List.of(demo) : List.of(demo, incidents));
                OperatorProbe.ask(conversations, backend.sessions(), backend.dialog(), clock, evaluator(backend), cited, System.out);
            }
            return 0;
        }
    }

    @Command(name = "intents", description = "Качество классификатора намерений: accuracy, macro-F1, матрица ошибок")
    static final class Intents implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "TSV с заголовком intent<TAB>text") Path data;
        @Option(names = "--json", description = "Записать результат в файл") Path json;

        @Override
        public Integer call() throws Exception {
            List<LinearIntentClassifier.Example> examples;
            try (var in = Files.newInputStream(data)) {
                examples = LinearIntentClassifier.read(in);
            }
            Map<String, Object> result = IntentEvaluation.run(LinearIntentClassifier.trained(), examples);
            Figures.print(result, json);
            return 0;
        }
    }

    @Command(name = "retrieval", description = "Качество поиска: nDCG@10, MRR@10, Recall@1/5/10, ответ в топ-1/5, задержка")
    static final class Retrieval implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "Каталог с corpus.jsonl, queries.jsonl, qrels.tsv") Path data;
        @Option(names = "--k", defaultValue = "10",
                description = "Глубина оценки: сколько результатов поиска смотреть (по умолчанию ${DEFAULT-VALUE})") int k;
        @Option(names = "--distractors", description = "Дополнительный корпус того же формата (стог сена)") Path distractors;
        @Option(names = "--json", description = "Записать результат в файл") Path json;

        private final ChatBackend.Factory factory;

        Retrieval(ChatBackend.Factory factory) {
            this.factory = factory;
        }

        @Override
        public Integer call() throws Exception {
            EvalData dataset = EvalData.load(data);
            try (TempHome home = TempHome.create("chat-eval");
                 ChatBackend backend = factory.openEmbedded(home.path())) {
                List<Path> corpora = new ArrayList<>(List.of(dataset.corpus()));
                if (distractors != null) {
                    corpora.add(distractors);
                }
                IngestReport ingest = loadCorpora(backend, corpora);
                Map<String, Object> result = new LinkedHashMap<>(RetrievalEvaluation.run(dataset, backend.knowledge(), k));
                Figures.print(result, json);
                System.err.printf("корпус: %d источников, %d фрагментов, загрузка %.1f с%n",
                        ingest.added(), ingest.fragments(), ingest.seconds());
                return 0;
            }
        }
    }
}
