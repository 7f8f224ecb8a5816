-- A booking that waits for payment is "reserved", not "booked"; its payment gets its own text.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('BOOKED', 'RESERVED', 'PAID', 'CONFIRMED', 'RESCHEDULED', 'CANCELLED', 'REMINDER'));
