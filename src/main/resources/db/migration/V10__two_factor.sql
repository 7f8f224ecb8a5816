-- Second factor: one TOTP secret per account, sealed with FieldEncryption (AES-GCM, the key id
-- beside it). enabled_at stays null while enrolment waits for its first code. last_used_step is
-- the newest 30-second step accepted, so a code can never be used twice.
CREATE TABLE two_factor
(
  user_id        UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret         BYTEA       NOT NULL,
  secret_key_id  VARCHAR(16) NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  enabled_at     TIMESTAMPTZ,
  last_used_step BIGINT
);

-- Single-use recovery codes, stored only as SHA-256 hashes (80 random bits each).
CREATE TABLE recovery_codes
(
  user_id   UUID        NOT NULL REFERENCES two_factor (user_id) ON DELETE CASCADE,
  code_hash BYTEA       NOT NULL,
  used_at   TIMESTAMPTZ,
  PRIMARY KEY (user_id, code_hash)
);
