package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.modelled;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.user.Caller;

/**
 * «чё по погоде сегодня днём», «завтра холодно будет?», «дожди ещё обещают?», «скока осадков за сегодня выпало»: the
 * weather is the «Метео» section of the latest report issued by the moment asked (its forecast for today and tomorrow,
 * the rain that fell) — not the sentences that share the most words with the question, which are the storm warning of
 * days ago or the hydrological forecast. A moment after the question (tomorrow) is the forecast known when asking.
 */
final class Weather {
    /** A question about the weather: not the water's temperature, the wind's waves or a level. */
    private static final Pattern ASKED = Pattern.compile("(?<!\\p{L})(?:погод\\p{L}*|метео\\p{L}*|градус\\p{L}*|"
            + "температур\\p{L}*|холодн\\p{L}*|холодает|тепл(?:о|ее|ынь)|мороз\\p{L}*|заморозк\\p{L}*|осадк\\p{L}*|дожд\\p{L}*|"
            + "лив(?:ень|ни|ня)|снег(?!озапас)\\p{L}*|ветер|ветр(?!ов)\\p{L}*|weather|temperature|rain\\p{L}*|wind|snow)(?!\\p{L})");
    private static final Pattern NOT_WEATHER = Pattern.compile("(?<!\\p{L})(?:вод\\p{L}*|волн\\p{L}*|уровен\\p{L}*|уровн\\p{L}*|"
            + "паводок|паводк\\p{L}*|гп|гидропост\\p{L}*|water|level)(?!\\p{L})");
    /** «завтра», «обещают», «будет»: a forecast is asked, the one known when asking («днём» is then of the day ahead). */
    private static final Pattern AHEAD = Pattern.compile("(?<!\\p{L})(?:завтра\\p{L}*|обеща\\p{L}*|прогноз\\p{L}*|ожида\\p{L}*|"
            + "будет|будут|tomorrow|forecast|will)(?!\\p{L})");
    /** A sentence of a weather section that tells the weather: not the forces or the duty officer's name after it. */
    private static final Pattern WEATHER_WORD = Pattern.compile("(?iu)°|мм(?!\\p{L})|м/с|осадк|дожд|снег|ветер|ветр|облачн|ясно|пасмурн|"
            + "температур|мороз|заморозк|туман|гроз|град(?!у)|гололёд|гололед|ночью|днём|днем");
    /** A section about the weather: «Метео», «6. Метеообстановка», «Прогноз погоды». */
    private static final Pattern SECTION = Pattern.compile("(?iu)(?<!\\p{L})(?:метео\\p{L}*|погод\\p{L}*)");
    /** «6. Метео. За сутки выпало 17 мм…»: the section as a numbered item of a plain text, up to the next item. */
    private static final Pattern ITEM = Pattern.compile("(?imu)^\\s*(?:\\d+\\.\\s*)?метео\\p{L}*\\.?:?\\s*(.+?)(?=\\n\\s*\\d+\\.\\s|\\n\\s*\\n|\\z)",
            Pattern.DOTALL);
    private static final String PROBE = "метео метеообстановка погода осадки дождь ветер температура";
    private static final int HITS = 40;
    /** A section longer than this is a table of days, not a report's few lines. */
    private static final int WORDS = 80;

    /** Rain or snow asked: what a forecast of the days ahead speaks of. */
    private static final Pattern RAIN = Pattern.compile("(?<!\\p{L})(?:осадк|дожд|лив|снег(?!озапас))\\p{L}*|rain|snow");
    /** «в ближайшие 3 суток»: a forecast of the days ahead. */
    private static final Pattern DAYS_AHEAD = Pattern.compile("(?iu)ближайш\\p{L}*\\s+(\\d{1,2})\\s+(?:сут|дн|дей)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");

    private final KnowledgeSearch words;
    private final ReplyTimes times;
    private final ZoneId zone;

    Weather(KnowledgeSearch words, ReplyTimes times, ZoneId zone) {
        this.words = words;
        this.times = times;
        this.zone = zone;
    }

    static boolean asked(String question) {
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return ASKED.matcher(lower).find() && !NOT_WEATHER.matcher(lower).find();
    }

    /** The weather section of the latest report by the moment asked (by the question's time when it asks of later). */
    Optional<Answer> weather(Frame frame, String question, Caller caller) {
        if (!asked(question)) {
            return Optional.empty();
        }
        Instant until = frame.moment().until();
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        boolean ahead = AHEAD.matcher(lower).find();
        Instant by = until == null || ahead || until.isAfter(frame.askedAt()) ? frame.askedAt() : until;
        var request = new SearchRequest(PROBE, HITS, caller.clearance(), frame.askedAt(), null, null, by, Set.of(), Set.of());
        List<SearchHit> known = words.search(request).stream().filter(h -> h.observedAt() != null && !h.observedAt().isAfter(by)).toList();
        Optional<Section> latest = known.stream().map(h -> section(h).map(text -> new Section(h, text))).flatMap(Optional::stream)
                .max(Comparator.comparing(s -> s.hit().observedAt()));
        Optional<LocalDate> day = dayAsked(frame.moment());
        boolean rain = RAIN.matcher(lower).find();
        if (latest.isPresent() && day.isPresent() && !covers(latest.get(), day.get(), rain)) {
            SearchHit hit = latest.get().hit();
            return rowOfDay(known, day.get()).map(this::answer).or(() -> Optional.of(new Answer.NoEvidence("Сведений о погоде на "
                    + DAY.format(day.get()) + " в базе нет; последние — на " + times.reply().at(hit.observedAt()) + " («" + hit.title() + "»).")));
        }
        return latest.map(this::answer);
    }

    /**
     * «13.04 (пн) переменная облачность, … +8…+13»: the day's row of the latest forecast table by the moment asked (a row
     * begins with the date and its weekday; «15.04 во второй половине дня» of a hydrological forecast is no row).
     */
    private static Optional<Section> rowOfDay(List<SearchHit> known, LocalDate day) {
        Pattern row = Pattern.compile("(?<![\\d.])" + Pattern.quote(DAY_MONTH.format(day)) + "(?:\\.\\d{2,4})?\\s*\\(\\p{L}{2,3}\\)\\s+"
                + "(.+?)(?=\\s\\d{2}\\.\\d{2}\\s*\\(|\\n\\s*\\n|\\z)", Pattern.DOTALL);
        return known.stream().sorted(Comparator.comparing(SearchHit::observedAt).reversed())
                .flatMap(h -> {
                    Matcher m = row.matcher(h.text());
                    return m.find() && WEATHER_WORD.matcher(m.group()).find() && m.group().split("\\s+").length <= WORDS / 2
                            ? Stream.of(new Section(h, m.group().replaceAll("\\s+", " ").strip())) : Stream.empty();
                })
                .findFirst();
    }

    /** The day a question names («на 20 апреля», «10 апреля утром», «завтра»), if it names one; not «за сутки». */
    private Optional<LocalDate> dayAsked(Moment moment) {
        return switch (moment) {
            case Moment.Latest l -> Optional.empty();
            case Moment.AsOf a -> Optional.of(a.at().atZone(zone).toLocalDate());
            case Moment.Within w -> {
                LocalDate first = w.from().atZone(zone).toLocalDate();
                // a day ahead is cut at the question's time, before its start
                boolean oneDay = !w.to().isAfter(w.from()) || first.equals(w.to().minusNanos(1).atZone(zone).toLocalDate());
                yield oneDay ? Optional.of(first) : Optional.empty();
            }
        };
    }

    /**
     * Whether a report's weather speaks of the day: it is of that day, names it («На 11.04 ожидается…») or — when rain is
     * asked ({@code rain}) — forecasts it for days ahead that reach it («осадков в ближайшие 3 суток не ожидается»).
     */
    private boolean covers(Section section, LocalDate day, boolean rain) {
        LocalDate issued = section.hit().observedAt().atZone(zone).toLocalDate();
        Matcher ahead = DAYS_AHEAD.matcher(section.text());
        return day.equals(issued) || section.text().contains(DAY_MONTH.format(day))
                || rain && day.isAfter(issued) && ahead.find() && !day.isAfter(issued.plusDays(Integer.parseInt(ahead.group(1))));
    }

    private record Section(SearchHit hit, String text) {}

    /** The weather a fragment gives: all of it under a weather heading, else its «Метео.» item; none in a long table. */
    private static Optional<String> section(SearchHit hit) {
        String where = (hit.heading() == null ? "" : hit.heading()) + " " + (hit.location() == null ? "" : hit.location());
        String text = null;
        if (SECTION.matcher(where).find()) {
            text = hit.text();
        } else {
            Matcher item = ITEM.matcher(hit.text());
            if (item.find()) {
                text = item.group(1);
            }
        }
        if (text == null) {
            return Optional.empty();
        }
        List<String> told = Sentences.split(text.replaceAll("\\s+", " ").strip()).stream()
                .takeWhile(sentence -> WEATHER_WORD.matcher(sentence).find()).toList();
        String clean = String.join(" ", told);
        return clean.isEmpty() || clean.split(" ").length > WORDS ? Optional.empty() : Optional.of(clean);
    }

    private Answer answer(Section section) {
        var book = new Book();
        SearchHit hit = section.hit();
        String text = "Погода, по сведениям на " + times.reply().at(hit.observedAt()) + " («" + hit.title() + "»): "
                + section.text() + " " + book.mark(hit);
        return new Answer.Grounded(text, book.cited(), modelled(1, false));
    }
}
