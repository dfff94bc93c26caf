package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Non-overlapping matches of a pattern that begin where a word begins. Every extraction pattern starts at a word, so
 * trying only word starts (with lookbehind still seeing the text before) gives the same matches as {@code find()} at a
 * fraction of the cost: {@code find()} tries the whole alternation at every character.
 * <p>
 * A word start is tried only when its first two, then its first four characters can begin a match. Which can is
 * learnt from the pattern itself: such a prefix either matches, or makes the matcher want more ({@code hitEnd}); any
 * other prefix cannot begin one. A text's word starts are found once for all the patterns tried on it in a row.
 */
final class WordStarts {
    /** Characters below this are checked against each pattern's tables; others are always tried. */
    private static final int TABLE = 0x500;
    private static final Map<Pattern, Prefixes> PREFIXES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Starts> LAST = new ThreadLocal<>();

    private WordStarts() {
    }

    /** The word starts of one text, kept while the same text is matched pattern after pattern. */
    private record Starts(String text, int[] at, int count) {
        static Starts of(String text) {
            int[] at = new int[16];
            int count = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
                if (letterOrDigit && !inWord) {
                    if (count == at.length) {
                        at = Arrays.copyOf(at, count * 2);
                    }
                    at[count++] = i;
                }
                inWord = letterOrDigit;
            }
            return new Starts(text, at, count);
        }
    }

    /**
     * Which first characters, which second characters after each, and which four-character prefixes can begin a match
     * of one pattern. Each is tried on the pattern when first met (racing threads may both try it; they learn the same
     * answer).
     */
    private static final class Prefixes {
        private static final byte UNKNOWN = 0;
        private static final byte CANNOT = 1;
        private static final byte CAN = 2;
        /** Quadruples remembered per pattern (a power of two), and how many are asked before deciding to go on asking. */
        private static final int SLOT_BITS = 13;
        private static final int TRIAL = 5_000;
        private static final long KNOWN = 2;
        private static final long CAN_BIT = 1;
        private final Pattern pattern;
        private final boolean[] first = new boolean[TABLE];
        private final AtomicReferenceArray<byte[]> second = new AtomicReferenceArray<>(TABLE);
        private final AtomicLongArray quadruples = new AtomicLongArray(1 << SLOT_BITS);
        /** Counts of the trial; threads may race on them, which only shifts when it ends. */
        private int trial;
        private int refused;
        private volatile boolean askQuadruples = true;

        Prefixes(Pattern pattern) {
            this.pattern = withoutLookbehind(pattern);
            for (char c = 0; c < TABLE; c++) {
                first[c] = Character.isLetterOrDigit(c) && canBegin(String.valueOf(c));
            }
        }

        boolean canBegin(String text, int i) {
            char c = text.charAt(i);
            if (c >= TABLE) {
                return true;
            }
            if (!first[c]) {
                return false;
            }
            if (i + 1 >= text.length()) {
                return true;
            }
            char next = text.charAt(i + 1);
            if (next >= TABLE) {
                return true;
            }
            byte[] row = second.get(c);
            if (row == null) {
                second.compareAndSet(c, null, new byte[TABLE]);
                row = second.get(c);
            }
            if (row[next] == UNKNOWN) {
                row[next] = canBegin(new String(new char[] {c, next})) ? CAN : CANNOT;
            }
            return row[next] == CAN && (!askQuadruples || quadrupleCanBegin(text, i));
        }

        /**
         * Whether the four characters from {@code i} can begin a match, remembered in a small table where a quadruple
         * may push out another (it is then tried again when met). A pattern for which this rarely says no (every
         * capitalised word may begin a name) stops asking after a trial.
         */
        private boolean quadrupleCanBegin(String text, int i) {
            long key = quadrupleKey(text, i);
            if (key < 0) {
                return true;
            }
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - SLOT_BITS));
            long entry = quadruples.getOpaque(slot);
            boolean can;
            if (entry >>> 2 == key && (entry & KNOWN) != 0) {
                can = (entry & CAN_BIT) != 0;
            } else {
                can = canBegin(text.substring(i, i + 4));
                quadruples.setOpaque(slot, key << 2 | KNOWN | (can ? CAN_BIT : 0));
            }
            if (trial < TRIAL) {
                trial++;
                refused += can ? 0 : 1;
                if (trial == TRIAL && refused * 10 < TRIAL) {
                    askQuadruples = false;
                }
            }
            return can;
        }

        /** The four characters from {@code i} packed in 44 bits; -1 when the text ends first or one lies beyond the packing. */
        private static long quadrupleKey(String text, int i) {
            if (i + 4 > text.length()) {
                return -1;
            }
            long key = 0;
            for (int k = i; k < i + 4; k++) {
                char c = text.charAt(k);
                if (c >= 1 << 11) {
                    return -1;
                }
                key = key << 11 | c;
            }
            return key;
        }

        /**
         * The pattern with its positive lookbehinds dropped: a prefix is tried without the text before it, where «(?<=\\()»
         * could never hold. Dropping a condition that consumes nothing only lets more prefixes begin a match.
         */
        static Pattern withoutLookbehind(Pattern pattern) {
            String regex = pattern.pattern();
            int at = regex.indexOf("(?<=");
            if (at < 0) {
                return pattern;
            }
            var out = new StringBuilder(regex.length());
            int from = 0;
            while (at >= 0) {
                out.append(regex, from, at);
                from = groupEnd(regex, at);
                at = regex.indexOf("(?<=", from);
            }
            out.append(regex, from, regex.length());
            return Pattern.compile(out.toString(), pattern.flags());
        }

        /** Where the group opened at {@code open} ends (after its closing parenthesis), escapes and classes skipped. */
        private static int groupEnd(String regex, int open) {
            int depth = 0;
            boolean inClass = false;
            for (int i = open; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (inClass) {
                    inClass = c != ']';
                } else if (c == '[') {
                    inClass = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("unbalanced group in " + regex);
        }

        private boolean canBegin(String prefix) {
            Matcher m = pattern.matcher(prefix);
            return m.lookingAt() || m.hitEnd();
        }
    }

    static List<MatchResult> matches(Pattern pattern, String text) {
        List<MatchResult> out = new ArrayList<>();
        Starts starts = LAST.get();
        if (starts == null || starts.text() != text) {
            starts = Starts.of(text);
            LAST.set(starts);
        }
        Prefixes prefixes = PREFIXES.computeIfAbsent(pattern, Prefixes::new);
        Matcher m = null;
        int n = text.length();
        int after = 0;
        for (int k = 0; k < starts.count(); k++) {
            int i = starts.at()[k];
            if (i < after || !prefixes.canBegin(text, i)) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, n);
            if (m.lookingAt() && m.end() > i) {
                out.add(m.toMatchResult());
                after = m.end();
            }
        }
        return out;
    }
}
