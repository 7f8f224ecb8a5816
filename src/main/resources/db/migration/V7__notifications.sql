-- Outgoing messages, written in the same transaction as the change they announce (the outbox)
-- and sent by whichever node claims them first.
CREATE TABLE notifications (
  id             UUID         PRIMARY KEY,
  user_id        UUID         NOT NULL REFERENCES users (id),
  appointment_id UUID         REFERENCES appointments (id),
  kind           VARCHAR(16)  NOT NULL CHECK (kind IN ('BOOKED', 'CONFIRMED', 'RESCHEDULED', 'CANCELLED', 'REMINDER')),
  channel        VARCHAR(8)   NOT NULL DEFAULT 'SMS' CHECK (channel IN ('SMS')),
  to_number      VARCHAR(20)  NOT NULL,
  message        TEXT         NOT NULL,
  status         VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED')),
  provider       VARCHAR(16),
  provider_id    VARCHAR(64)  UNIQUE,
  attempts       INTEGER      NOT NULL DEFAULT 0,
  last_error     TEXT,
  send_after     TIMESTAMPTZ  NOT NULL,
  sent_at        TIMESTAMPTZ,
  delivered_at   TIMESTAMPTZ,
  created_at     TIMESTAMPTZ  NOT NULL,
  updated_at     TIMESTAMPTZ  NOT NULL
);

CREATE INDEX notifications_due ON notifications (send_after) WHERE status = 'PENDING';
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);
CREATE INDEX notifications_appointment ON notifications (appointment_id) WHERE status = 'PENDING';
