-- Failed authentications counted per client address and per presented credential (a hash of it), in one-minute
-- windows shared by every node: two nodes must not allow twice the guesses.
CREATE TABLE auth_failures (
    counter_key  VARCHAR(100) PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    failures     INT NOT NULL
);
CREATE INDEX auth_failures_window ON auth_failures (window_start);
