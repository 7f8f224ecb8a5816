-- A phone number receives texts only once its owner proved it is theirs with a one-time code:
-- otherwise anyone could send our texts (and our bill) to any number.
ALTER TABLE users ADD COLUMN phone_verified_at TIMESTAMPTZ;
UPDATE users SET phone_verified_at = now() WHERE demo AND phone IS NOT NULL;

CREATE TABLE phone_verifications
(
  user_id    UUID        PRIMARY KEY REFERENCES users (id),
  phone      VARCHAR(20) NOT NULL,
  code_hash  VARCHAR(64) NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  attempts   INTEGER     NOT NULL DEFAULT 0
);

-- notifications (owned by notifications): the code text itself has no appointment
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('BOOKED', 'RESERVED', 'PAID', 'CONFIRMED', 'RESCHEDULED', 'CANCELLED', 'REMINDER', 'VERIFY'));
