CREATE TABLE doctors
(
  id                       UUID PRIMARY KEY,
  user_id                  UUID          NOT NULL UNIQUE REFERENCES users (id),
  full_name                VARCHAR(200)  NOT NULL,
  specialty                VARCHAR(100)  NOT NULL,
  bio                      TEXT          NOT NULL DEFAULT '',
  years_of_experience      INT           NOT NULL DEFAULT 0 CHECK (years_of_experience BETWEEN 0 AND 80),
  languages                TEXT[]        NOT NULL DEFAULT '{}',
  fee_amount               NUMERIC(10,2) NOT NULL DEFAULT 0 CHECK (fee_amount >= 0),
  fee_currency             VARCHAR(3)    NOT NULL DEFAULT 'EUR' CHECK (fee_currency ~ '^[A-Z]{3}$'),
  time_zone                VARCHAR(64)   NOT NULL,
  accepting_new_patients   BOOLEAN       NOT NULL DEFAULT TRUE,
  photo_url                VARCHAR(500),
  slot_minutes             INT           NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 240),
  listed                   BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at               TIMESTAMPTZ   NOT NULL,
  version                  BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX doctors_specialty_idx ON doctors (specialty);
CREATE INDEX doctors_full_name_trgm_idx ON doctors USING gin (full_name gin_trgm_ops);

-- Weekly working hours, local times in the doctor's zone; several intervals a day.
CREATE TABLE doctor_weekly_hours
(
  id          UUID PRIMARY KEY,
  doctor_id   UUID     NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
  day_of_week SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
  start_time  TIME     NOT NULL,
  end_time    TIME     NOT NULL,
  CHECK (start_time < end_time)
);
CREATE INDEX doctor_weekly_hours_doctor_idx ON doctor_weekly_hours (doctor_id);
