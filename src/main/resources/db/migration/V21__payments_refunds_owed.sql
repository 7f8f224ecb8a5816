-- A refund CareSlot owes is written down before the provider is asked (refund_due_at), and every
-- attempt leaves its trace, so admins see what is still owed and why it has not gone through.
ALTER TABLE payments
  ADD COLUMN refund_due_at        TIMESTAMPTZ,
  ADD COLUMN refund_attempts      INT NOT NULL DEFAULT 0 CHECK (refund_attempts >= 0),
  ADD COLUMN refund_last_error    VARCHAR(500),
  ADD COLUMN refund_last_tried_at TIMESTAMPTZ;

CREATE INDEX payments_refunds_owed ON payments (refund_due_at) WHERE status = 'PAID' AND refund_due_at IS NOT NULL;
