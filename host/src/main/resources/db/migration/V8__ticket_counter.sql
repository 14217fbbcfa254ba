-- Ticket numbers are the built-in help desk's, not the tenant's: another help desk numbers its own
-- tickets. The counter moves off the tenant row into a table of the built-in help desk.
CREATE TABLE TICKET_COUNTER (
    TENANT_ID   BIGINT NOT NULL PRIMARY KEY REFERENCES TENANT (ID),
    NEXT_NUMBER BIGINT NOT NULL
);
INSERT INTO TICKET_COUNTER (TENANT_ID, NEXT_NUMBER) SELECT ID, NEXT_TICKET_NUMBER FROM TENANT;
ALTER TABLE TENANT DROP COLUMN NEXT_TICKET_NUMBER;
