-- Bucket4j's PostgreSQL backend for request limits (booking, rescheduling, registration, phone
-- codes), one row per limit and key, so the limits hold across nodes.
CREATE TABLE rate_limit_buckets
(
  id            VARCHAR(400) PRIMARY KEY,
  state         BYTEA,
  expires_at    BIGINT,
  explicit_lock BIGINT
);
