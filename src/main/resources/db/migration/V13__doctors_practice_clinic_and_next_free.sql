-- Where a doctor sees patients: shown in the directory, written into calendar files and texts.
ALTER TABLE doctors
  ADD COLUMN practice_name    VARCHAR(200),
  ADD COLUMN practice_address VARCHAR(300),
  ADD COLUMN practice_city    VARCHAR(100),
  ADD COLUMN practice_phone   VARCHAR(20);

-- Profile text is searched too (the directory's one search box).
CREATE INDEX doctors_bio_trgm_idx ON doctors USING gin (bio gin_trgm_ops);

-- The clinic itself: one row. Its phone number is what "please call the clinic" means.
CREATE TABLE clinic_settings
(
  id         BOOLEAN      PRIMARY KEY DEFAULT TRUE CHECK (id),
  name       VARCHAR(200) NOT NULL,
  phone      VARCHAR(20),
  time_zone  VARCHAR(64)  NOT NULL,
  updated_at TIMESTAMPTZ  NOT NULL,
  updated_by UUID         REFERENCES users (id)
);
INSERT INTO clinic_settings (name, phone, time_zone, updated_at) VALUES ('CareSlot Clinic', NULL, 'UTC', now());

-- Read model owned by appointments: each doctor's soonest free slot, so the directory can sort
-- every page by it. A row is trusted until valid_until (the slot's own booking deadline, or the
-- next day boundary) and deleted by anything that changes the doctor's calendar or hours.
CREATE TABLE doctor_next_free_slots
(
  doctor_id    UUID        PRIMARY KEY REFERENCES doctors (id),
  next_free_at TIMESTAMPTZ,
  valid_until  TIMESTAMPTZ NOT NULL
);
CREATE INDEX doctor_next_free_slots_order_idx ON doctor_next_free_slots (next_free_at);
