-- A visit's time stays taken in every state but CANCELLED. Until now the exclusion constraints
-- covered PENDING and CONFIRMED only, and a visit could be completed (or marked missed) before it
-- started, which handed its time back to the directory: a second patient could book it.

-- 1. Repair what that allowed. A completed or missed visit that overlaps another non-cancelled
--    one (of the same doctor, buffer included, or the same patient) lost its time to a later
--    booking; it is cancelled, with the reason written down, so the later booking stands.
--    Live bookings are never touched: they were always covered by the constraints.
WITH superseded AS (
  SELECT DISTINCT x.id
  FROM appointments x
  JOIN appointments y ON y.id <> x.id AND y.status <> 'CANCELLED'
   AND ((y.doctor_id = x.doctor_id
         AND tstzrange(y.starts_at, y.blocked_until, '[)') && tstzrange(x.starts_at, x.blocked_until, '[)'))
     OR (y.patient_id = x.patient_id
         AND tstzrange(y.starts_at, y.ends_at, '[)') && tstzrange(x.starts_at, x.ends_at, '[)')))
  WHERE x.status IN ('COMPLETED', 'NO_SHOW')
    AND (y.status IN ('PENDING', 'CONFIRMED') OR (y.created_at, y.id) > (x.created_at, x.id))
)
UPDATE appointments a
SET status = 'CANCELLED',
    cancel_reason = 'Marked ' || lower(replace(a.status, '_', '-')) || ' before it started, and its time was booked again; released when the rule was fixed',
    cancelled_at = now(), updated_at = now(), hold_expires_at = NULL, version = version + 1
FROM superseded s
WHERE a.id = s.id;

-- 2. A visit still in the future cannot have happened: what was completed early is confirmed again,
--    so the doctor can complete it once it has taken place.
UPDATE appointments
SET status = 'CONFIRMED', updated_at = now(), version = version + 1
WHERE status IN ('COMPLETED', 'NO_SHOW') AND starts_at > now();

-- 3. The constraints now hold the time of everything not cancelled.
ALTER TABLE appointments
  DROP CONSTRAINT appointments_doctor_no_overlap,
  DROP CONSTRAINT appointments_patient_no_overlap;
ALTER TABLE appointments
  ADD CONSTRAINT appointments_doctor_no_overlap EXCLUDE USING gist
    (doctor_id WITH =, tstzrange(starts_at, blocked_until, '[)') WITH &&) WHERE (status <> 'CANCELLED'),
  ADD CONSTRAINT appointments_patient_no_overlap EXCLUDE USING gist
    (patient_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status <> 'CANCELLED');
