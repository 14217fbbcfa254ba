-- Access levels were stored as the position of the plugin API's AccessLevel constant (0..5); they are
-- now stored as explicit ranks (NONE 0, READ 10, COMMENT 20, UPDATE 30, CREATE_ON_BEHALF 40, ADMIN 50),
-- so the order of a public enum is no longer a storage format. See dev.annex.host.access.LevelRanks.
UPDATE ACCESS_GRANT SET LEVEL_RANK = LEVEL_RANK * 10;
