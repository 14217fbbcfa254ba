-- Scheduled jobs across nodes: the node that moves LAST_RUN forward (from at least one interval ago)
-- runs the job for that due time; the others see the row already moved and skip it.
CREATE TABLE JOB_LEASE (
    JOB_KEY  VARCHAR(512) NOT NULL PRIMARY KEY,
    LAST_RUN TIMESTAMP    NOT NULL,
    NODE     VARCHAR(64)  NOT NULL
);
