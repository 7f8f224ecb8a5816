-- Payments: one row per attempt to pay for an appointment. transaction_id is the provider's
-- object (a Stripe Checkout Session, or the in-app test checkout's id).
CREATE TABLE payments (
  id                UUID          PRIMARY KEY,
  appointment_id    UUID          NOT NULL REFERENCES appointments (id),
  amount            NUMERIC(10,2) NOT NULL CHECK (amount > 0),
  currency          VARCHAR(3)    NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  provider          VARCHAR(16)   NOT NULL CHECK (provider IN ('test', 'stripe')),
  status            VARCHAR(16)   NOT NULL CHECK (status IN ('OPEN', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED')),
  transaction_id    VARCHAR(255)  UNIQUE,
  payment_intent_id VARCHAR(255),
  checkout_url      TEXT,
  refunded_amount   NUMERIC(10,2) NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
  paid_at           TIMESTAMPTZ,
  refunded_at       TIMESTAMPTZ,
  created_at        TIMESTAMPTZ   NOT NULL,
  updated_at        TIMESTAMPTZ   NOT NULL
);

-- at most one attempt in progress or settled per appointment: a second checkout reuses it
CREATE UNIQUE INDEX payments_one_live_per_appointment ON payments (appointment_id) WHERE status IN ('OPEN', 'PAID');
CREATE INDEX payments_payment_intent ON payments (payment_intent_id);
CREATE INDEX payments_paid_at ON payments (paid_at);

-- Stripe webhook events already handled, so a redelivery changes nothing
CREATE TABLE stripe_events (
  id          VARCHAR(255) PRIMARY KEY,
  type        VARCHAR(100) NOT NULL,
  received_at TIMESTAMPTZ  NOT NULL
);
