-- The initial import of an RT-backed tenant's existing RT tickets into its index: how far it has
-- come (the highest RT ticket id imported, stored in the same transaction as each page's rows, so
-- an import that stops resumes after its last page) and its progress for the operator. One row per
-- tenant, made when the tenant is connected to RT (again: with other queues, a new import).
CREATE TABLE RT_IMPORT (
    TENANT_ID   BIGINT       NOT NULL PRIMARY KEY REFERENCES TENANT (ID),
    STATE       VARCHAR(20)  NOT NULL,
    AFTER_ID    BIGINT       NOT NULL,
    IMPORTED    BIGINT       NOT NULL,
    TOTAL       BIGINT       NOT NULL,
    STARTED_AT  TIMESTAMP    NOT NULL,
    UPDATED_AT  TIMESTAMP    NOT NULL,
    FINISHED_AT TIMESTAMP
);
