-- Feedback per cited source: answers rated down make their sources rank lower (bounded, reversible).
CREATE TABLE kb_source_feedback (
    source_id VARCHAR(128) PRIMARY KEY,
    negative  INT NOT NULL,
    positive  INT NOT NULL
);
