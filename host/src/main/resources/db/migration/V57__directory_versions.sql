-- Organisations and people count their changes, as tickets do, so that the API answers an ETag
-- and a change sent with a stale If-Match is refused instead of overwriting someone else's.
ALTER TABLE ORGANISATION ADD COLUMN VERSION BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE PERSON ADD COLUMN VERSION BIGINT DEFAULT 0 NOT NULL;
