-- A help desk's own identity of a change (e.g. an RT transaction): the change raises one event
-- however often it is reported (once when Annex wrote it, once more through the help desk's feed).
ALTER TABLE TICKET_EVENT ADD COLUMN ORIGIN VARCHAR(200);
ALTER TABLE TICKET_EVENT ADD CONSTRAINT UQ_TICKET_EVENT_ORIGIN UNIQUE (TENANT_ID, ORIGIN);
