CREATE TABLE users
(
  id             UUID PRIMARY KEY,
  email          CITEXT       NOT NULL,
  password_hash  VARCHAR(255),
  full_name      VARCHAR(200) NOT NULL,
  phone          VARCHAR(20),
  role           VARCHAR(16)  NOT NULL CHECK (role IN ('PATIENT', 'DOCTOR', 'ADMIN')),
  enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at     TIMESTAMPTZ  NOT NULL,
  updated_at     TIMESTAMPTZ  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT users_email_key UNIQUE (email)
);

-- Bucket4j's PostgreSQL backend: one row per throttled key (account or client address).
CREATE TABLE login_throttle_buckets
(
  id         VARCHAR(320) PRIMARY KEY,
  state         BYTEA,
  expires_at    BIGINT,
  explicit_lock BIGINT
);
