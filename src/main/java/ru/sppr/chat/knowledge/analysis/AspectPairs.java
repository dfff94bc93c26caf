package ru.sppr.chat.knowledge.analysis;

import java.util.List;
import java.util.Optional;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The perfective verb an imperfective one is made from: «отключать» — «отключить», «закрывать» — «закрыть», «передавать» —
 * «передать». A question asks «что отключать надо», the leaflet says «Отключите электричество»; the two are different
 * lemmas, and neither stems like the other («отключа», «отключ»).
 * <p>
 * Only a partner the dictionary knows as a verb of its own counts, and only for lemmas of {@value #SHORTEST} letters or
 * more: short ones pair with strangers («делать» — «делить», «копать» — «копить»).
 */
final class AspectPairs {
    private static final int SHORTEST = 8;
    /** Imperfective endings and the perfective endings they are made from, most specific first. */
    private static final List<String[]> ENDINGS = List.of(
            new String[] {"авать", "ать"},
            new String[] {"ывать", "ыть"},
            new String[] {"ывать", "ать"},
            new String[] {"ивать", "ить"},
            new String[] {"ять", "ить"},
            new String[] {"ать", "ить"});

    private AspectPairs() {
    }

    /** The perfective partner of an imperfective infinitive, if the dictionary knows one. */
    static Optional<String> perfectiveOf(String lemma, DictionaryLookup lookup) {
        if (lemma.length() < SHORTEST) {
            return Optional.empty();
        }
        for (String[] ending : ENDINGS) {
            if (lemma.endsWith(ending[0])) {
                String partner = lemma.substring(0, lemma.length() - ending[0].length()) + ending[1];
                if (isLemma(partner, lookup)) {
                    return Optional.of(partner);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isLemma(String word, DictionaryLookup lookup) {
        for (WordData data : lookup.lookup(word)) {
            if (data.getStem() != null && word.contentEquals(data.getStem())) {
                return true;
            }
        }
        return false;
    }
}
