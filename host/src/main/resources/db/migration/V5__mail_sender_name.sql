-- A mail may name its sender (a plugin's "Acme Support"); the address stays annex.smtp.from.
ALTER TABLE MAIL_OUTBOX ADD COLUMN SENDER_NAME VARCHAR(100);
