package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Clearance;

/** Which documents a question names by kind and number, and which uses of the same words name none. */
class DocumentsNamedTest {
    private static final Map<String, String> TITLES = Map.of(
            "memo", "Памятка населению при наводнении",
            "plan", "Выписка из плана эвакуации населения",
            "kchs-6", "Решение КЧС № 6",
            "kchs-9", "Решение КЧС № 9",
            "report", "Донесение о факте ЧС (форма 2/ЧС)",
            "protocol", "Протокол заседания КЧС № 7");
    private final DocumentsNamed named = new DocumentsNamed(new Titles());

    private Set<String> in(String question) {
        return named.in(question, Clearance.SECRET);
    }

    @Test
    void a_kind_said_after_a_preposition_or_first_names_its_documents_and_a_number_the_one_of_it() {
        assertThat(in("по памятке после спада воды в дом заходить можно?")).containsExactly("memo");
        assertThat(in("по плану эвакуации пазики по скока мест")).containsExactly("plan");
        assertThat(in("по решению 9 на чём повезут")).containsExactly("kchs-9");
        assertThat(in("по решению кчс что поручили")).containsExactlyInAnyOrder("kchs-6", "kchs-9");
        assertThat(in("донесение 2/чс 10го в цукс кто принял")).containsExactly("report");
        assertThat(in("кто подписал решение 6")).as("numbered, the kind needs no preposition").containsExactly("kchs-6");
    }

    @Test
    void the_same_words_in_another_sense_or_a_number_no_title_has_name_nothing() {
        assertThat(in("на водителя составили протокол?")).isEmpty();
        assertThat(in("в плане ущерба что по ключам")).isEmpty();
        assertThat(in("по решению суда скока дали водителю")).isEmpty();
        assertThat(in("по решению 7 что поручили")).as("not decisions 6 and 9").isEmpty();
        assertThat(in("справки о пострадавших есть?")).isEmpty();
    }

    /** A base of documents with {@link #TITLES}: a title has the words asked when each is the start of one of its words. */
    private static final class Titles implements KnowledgeSearch {
        @Override
        public Set<String> sourcesTitled(String words, Set<SourceType> types, Clearance clearance, int atMost) {
            List<String> asked = Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+")).map(w -> w.substring(0, Math.min(w.length(), 4))).toList();
            Set<String> found = new LinkedHashSet<>();
            TITLES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                List<String> title = Arrays.asList(e.getValue().toLowerCase(Locale.ROOT).split("[\\s()/]+"));
                if (found.size() < atMost && asked.stream().allMatch(a -> title.stream().anyMatch(t -> a.matches("\\d+") ? t.equals(a) : t.startsWith(a)))) {
                    found.add(e.getKey());
                }
            });
            return found;
        }

        @Override
        public List<SearchHit> search(SearchRequest request) {
            return List.of();
        }

        @Override
        public List<SearchHit> observedWithin(Instant from, Instant to, Set<SourceType> types, int limit, Clearance clearance) {
            return List.of();
        }

        @Override
        public Map<String, Double> weights(List<String> stems, Clearance clearance) {
            return Map.of();
        }

        @Override
        public int fragmentsWith(String stem, Clearance clearance) {
            return 0;
        }
    }
}
