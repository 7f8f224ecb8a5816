-- Clinical data. Every clinical text and file is sealed with AES-256-GCM by the application
-- (FieldEncryption); key_id names the key that sealed the row's values so keys can rotate.

-- The seed's patients table: one row per patient account, holding the medical history.
CREATE TABLE patients (
  user_id            UUID         PRIMARY KEY REFERENCES users (id),
  medical_history    BYTEA,
  key_id             VARCHAR(16),
  history_updated_at TIMESTAMPTZ,
  history_updated_by UUID         REFERENCES users (id),
  CHECK ((medical_history IS NULL) = (key_id IS NULL))
);

-- Allergies, medications and conditions.
CREATE TABLE record_entries (
  id          UUID         PRIMARY KEY,
  patient_id  UUID         NOT NULL REFERENCES users (id),
  kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('ALLERGY', 'MEDICATION', 'CONDITION')),
  text        BYTEA        NOT NULL,
  key_id      VARCHAR(16)  NOT NULL,
  created_by  UUID         NOT NULL REFERENCES users (id),
  created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX record_entries_patient ON record_entries (patient_id, created_at);

-- Notes by the doctor of an appointment.
CREATE TABLE visit_notes (
  id             UUID         PRIMARY KEY,
  appointment_id UUID         NOT NULL REFERENCES appointments (id),
  patient_id     UUID         NOT NULL REFERENCES users (id),
  author_id      UUID         NOT NULL REFERENCES users (id),
  body           BYTEA        NOT NULL,
  key_id         VARCHAR(16)  NOT NULL,
  created_at     TIMESTAMPTZ  NOT NULL,
  updated_at     TIMESTAMPTZ  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX visit_notes_patient ON visit_notes (patient_id, created_at DESC);

-- Files (PDF, PNG, JPEG). The name is sealed too: it often says what the file is about.
CREATE TABLE attachments (
  id             UUID         PRIMARY KEY,
  patient_id     UUID         NOT NULL REFERENCES users (id),
  appointment_id UUID         REFERENCES appointments (id),
  uploaded_by    UUID         NOT NULL REFERENCES users (id),
  file_name      BYTEA        NOT NULL,
  content_type   VARCHAR(64)  NOT NULL,
  size_bytes     INTEGER      NOT NULL CHECK (size_bytes > 0),
  content        BYTEA        NOT NULL,
  key_id         VARCHAR(16)  NOT NULL,
  created_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX attachments_patient ON attachments (patient_id, created_at DESC);

-- Who read or wrote which patient's clinical data, when, from where and (break-glass) why.
CREATE TABLE clinical_audit (
  id          BIGSERIAL    PRIMARY KEY,
  at          TIMESTAMPTZ  NOT NULL,
  actor_id    UUID         NOT NULL REFERENCES users (id),
  actor_role  VARCHAR(16)  NOT NULL,
  patient_id  UUID         NOT NULL REFERENCES users (id),
  action      VARCHAR(32)  NOT NULL,
  detail      VARCHAR(200),
  address     VARCHAR(64),
  reason      VARCHAR(500)
);
CREATE INDEX clinical_audit_patient ON clinical_audit (patient_id, at DESC);

-- Append-only, whatever the application does: no row is ever changed or removed.
CREATE FUNCTION clinical_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'clinical_audit is append-only';
END;
$$;
CREATE TRIGGER clinical_audit_no_update_or_delete BEFORE UPDATE OR DELETE ON clinical_audit
  FOR EACH ROW EXECUTE FUNCTION clinical_audit_is_append_only();
CREATE TRIGGER clinical_audit_no_truncate BEFORE TRUNCATE ON clinical_audit
  FOR EACH STATEMENT EXECUTE FUNCTION clinical_audit_is_append_only();
