CREATE TABLE appointments
(
  id                UUID PRIMARY KEY,
  doctor_id         UUID         NOT NULL REFERENCES doctors (id),
  patient_id        UUID         NOT NULL REFERENCES users (id),
  starts_at         TIMESTAMPTZ  NOT NULL,
  ends_at           TIMESTAMPTZ  NOT NULL,
  -- ends_at plus the doctor's buffer at booking time: the doctor's exclusion range
  blocked_until     TIMESTAMPTZ  NOT NULL,
  status            VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
  payment_status    VARCHAR(16)  NOT NULL DEFAULT 'UNPAID' CHECK (payment_status IN ('UNPAID', 'PAID', 'REFUNDED', 'FAILED')),
  visit_type        VARCHAR(16)  NOT NULL DEFAULT 'IN_PERSON' CHECK (visit_type IN ('IN_PERSON', 'VIDEO')),
  reason            VARCHAR(1000) NOT NULL DEFAULT '',
  hold_expires_at   TIMESTAMPTZ,
  cancel_reason     VARCHAR(1000),
  cancelled_by      UUID REFERENCES users (id),
  cancelled_by_role VARCHAR(16),
  cancelled_at      TIMESTAMPTZ,
  created_at        TIMESTAMPTZ  NOT NULL,
  updated_at        TIMESTAMPTZ  NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  CHECK (starts_at < ends_at AND ends_at <= blocked_until),
  -- the database, not the JVM, guarantees that no doctor and no patient is ever double-booked
  CONSTRAINT appointments_doctor_no_overlap EXCLUDE USING gist
    (doctor_id WITH =, tstzrange(starts_at, blocked_until, '[)') WITH &&) WHERE (status IN ('PENDING', 'CONFIRMED')),
  CONSTRAINT appointments_patient_no_overlap EXCLUDE USING gist
    (patient_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status IN ('PENDING', 'CONFIRMED'))
);
CREATE INDEX appointments_patient_starts_idx ON appointments (patient_id, starts_at);
CREATE INDEX appointments_doctor_starts_idx ON appointments (doctor_id, starts_at);
CREATE INDEX appointments_expired_holds_idx ON appointments (hold_expires_at) WHERE status = 'PENDING' AND hold_expires_at IS NOT NULL;

-- Idempotency-Key on booking: the same key and body give the same appointment.
CREATE TABLE appointment_idempotency_keys
(
  user_id        UUID         NOT NULL REFERENCES users (id),
  idempotency_key VARCHAR(255) NOT NULL,
  request_hash   VARCHAR(64)  NOT NULL,
  appointment_id UUID         NOT NULL REFERENCES appointments (id) DEFERRABLE INITIALLY DEFERRED,
  created_at     TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (user_id, idempotency_key)
);
