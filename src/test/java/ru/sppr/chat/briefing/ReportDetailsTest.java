package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.knowledge.analysis.Analyses;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceSummary;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.SituationStore.ReportRow;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

class ReportDetailsTest {
    /** A real message of the incident corpus: the news is its last line, after three sentences of scene. */
    private static final String BUS = """
            По данным 112, грузовик выехал на встречную полосу. Водитель автобуса постарался увернуться, но не смог — КАМАЗ \
            влетел прямо ему в бок.
            Машины сразу загорелись. Пассажиры смогли выбить стекла и выбраться из горящего автобуса.
            По факту ДТП проводится проверка.
            UPD: количество пострадавших выросло до 30 человек.""";
    private static final String DIVERS = """
            Мужчина на велосипеде провалился под лёд на глазах у своего пса. Собака уже четыре дня ждёт, когда хозяин \
            вынырнет, и отказывается уходить.
            24 ноября 59-летний Николай решил срезать путь до дома. Он на велике поехал по реке Уфе, но лёд был всего около 2 см. \
            Сначала из воды достали велосипед. Тоскующую собачку по кличке Белка родственники пытались увезти домой, но она \
            возвращалась каждый день и ждала хозяина.
            Сегодня водолазы на глубине 9 метров обнаружили тело погибшего. Местного Хатико снова увезли с места.""";
    private static final String ZILART = "В Москве горит жилой комплекс Зиларт. В доме на Архитектора Щусева открытое пламя "
            + "охватило несколько квартир. Сведений о пострадавших не поступало.";
    private static final Caller OPERATOR = new Caller(1, "ivan", Role.OPERATOR, Clearance.INTERNAL);

    private final ReportDetails details = new ReportDetails(documents(Map.of("bus", BUS, "divers", DIVERS, "zilart", ZILART)), Analyses.SHARED);

    @Test
    void anUpdateAtTheEndOfAMessageIsToldBeforeItsScene() {
        var body = details.of(record("bus", "Жуткое ДТП в станице Старокорсунская"), new HashSet<>(), 2, OPERATOR);

        assertThat(body.sentences()).hasSize(2).contains("UPD: количество пострадавших выросло до 30 человек.");
    }

    @Test
    void theSentencesToldKeepTheOrderOfTheBody() {
        var body = details.of(record("divers", "Душераздирающее из Башкирии."), new HashSet<>(), 2, OPERATOR);

        assertThat(body.sentences()).containsExactly("Мужчина на велосипеде провалился под лёд на глазах у своего пса.",
                "Сегодня водолазы на глубине 9 метров обнаружили тело погибшего.");
    }

    @Test
    void thatNothingIsKnownOfTheHurtIsNoDevelopment() {
        var body = details.of(record("zilart", "В Москве горит жилой комплекс Зиларт."), new HashSet<>(), 1, OPERATOR);

        assertThat(body.sentences()).containsExactly("В доме на Архитектора Щусева открытое пламя охватило несколько квартир.");
    }

    @Test
    void aDevelopmentTheTimelineHasToldIsNotToldAgain() {
        Set<String> said = new HashSet<>(Analyses.SHARED.stems("водолазы на глубине 9 метров обнаружили тело погибшего сегодня"));

        var body = details.of(record("divers", "Душераздирающее из Башкирии."), said, 4, OPERATOR);

        assertThat(body.sentences()).isNotEmpty().noneMatch(s -> s.contains("водолазы"));
    }

    private static ReportRow record(String id, String title) {
        return new ReportRow(id, title, SourceType.RECORD, Instant.parse("2024-11-27T09:10:00Z"), null);
    }

    private static Documents documents(Map<String, String> texts) {
        return new Documents() {
            @Override
            public List<SourceSummary> list(SourceQuery query) {
                return List.of();
            }

            @Override
            public SourceDocument read(String sourceId, Caller caller) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<String> text(String sourceId, Caller caller) {
                return Optional.ofNullable(texts.get(sourceId));
            }
        };
    }
}
