-- A personal API token may have a request limit of its own, below the installation's
-- (annex.api.requests-per-minute); null keeps the installation's.
ALTER TABLE ACCESS_TOKEN ADD COLUMN REQUESTS_PER_MINUTE INTEGER;
