-- Knowledge base: sources and fragments (the source of truth the Lucene index is derived from).

CREATE TABLE kb_sources (
    id           VARCHAR(128)  PRIMARY KEY,
    title        VARCHAR(512)  NOT NULL,
    type         VARCHAR(16)   NOT NULL,
    origin       VARCHAR(1024) NOT NULL,
    content_hash CHAR(64)      NOT NULL,
    access       VARCHAR(16)   NOT NULL,
    tags         VARCHAR(1024) NOT NULL,
    observed_at  TIMESTAMP WITH TIME ZONE,
    ingested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    fragment_count INT         NOT NULL,
    change_seq   BIGINT        NOT NULL
);
CREATE INDEX ix_kb_sources_change ON kb_sources (change_seq);
CREATE INDEX ix_kb_sources_origin ON kb_sources (origin);

CREATE TABLE kb_fragments (
    source_id   VARCHAR(128) NOT NULL REFERENCES kb_sources (id),
    ordinal     INT          NOT NULL,
    text        VARCHAR(100000) NOT NULL,
    location    VARCHAR(256),
    heading     VARCHAR(512),
    observed_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (source_id, ordinal)
);

-- Removed sources, so that a node's index can catch up by change number.
CREATE TABLE kb_deletions (
    source_id  VARCHAR(128) NOT NULL,
    change_seq BIGINT       NOT NULL
);
CREATE INDEX ix_kb_deletions_change ON kb_deletions (change_seq);

-- The knowledge change counter; every knowledge write locks and bumps this row, so numbers commit in order.
CREATE TABLE kb_state (
    id         INT    PRIMARY KEY,
    change_seq BIGINT NOT NULL
);
INSERT INTO kb_state (id, change_seq) VALUES (1, 0);
