package ru.sppr.chat.knowledge.ingest;

/** Progress of an ingest run, for a progress bar; must not throw. */
public interface IngestListener {
    void started(int files, long bytes);

    void fileDone(String file, long bytes, int fragments, boolean ok);

    IngestListener NONE = new IngestListener() {
        @Override
        public void started(int files, long bytes) {
        }

        @Override
        public void fileDone(String file, long bytes, int fragments, boolean ok) {
        }
    };
}
