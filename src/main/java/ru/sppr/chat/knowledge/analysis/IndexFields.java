package ru.sppr.chat.knowledge.analysis;

/**
 * The names of the index's fields, in one place: the index writes them, search queries them, and the analysis
 * chooses each text view's chain by them ({@link TermAnalysis#forIndex()}).
 */
public final class IndexFields {
    public static final String FID = "fid";
    public static final String SOURCE_ID = "source_id";
    public static final String ORDINAL = "ordinal";
    public static final String TITLE = "title";
    public static final String HEADING = "heading";
    /** The text's Snowball stems. */
    public static final String TEXT = "text";
    /** The text's 5-letter prefixes. */
    public static final String TEXT_PREFIX = "text_prefix";
    /** The text's dictionary lemmas. */
    public static final String TEXT_LEMMA = "text_lemma";
    public static final String LOCATION = "location";
    public static final String TYPE = "type";
    public static final String ACCESS = "access";
    public static final String TAGS = "tags";
    public static final String OBSERVED = "observed";
    public static final String VECTOR = "vector";

    private IndexFields() {
    }
}
