-- The login throttle's failure counts, shared by every node: guessing through several nodes is held
-- back exactly as through one. THROTTLE_KEY is the area and the lower-cased login; rows whose last
-- failure is a day old are pruned.
CREATE TABLE LOGIN_FAILURE (
    THROTTLE_KEY  VARCHAR(600) NOT NULL PRIMARY KEY,
    FAILURES      INTEGER      NOT NULL,
    BLOCKED_UNTIL TIMESTAMP,
    LAST_FAILURE  TIMESTAMP    NOT NULL
);
CREATE INDEX IX_LOGIN_FAILURE_LAST ON LOGIN_FAILURE (LAST_FAILURE);
