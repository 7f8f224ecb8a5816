-- A doctor's booking rules. Local times are read in time_zone (IANA).
CREATE TABLE doctor_schedules
(
  doctor_id          UUID PRIMARY KEY REFERENCES doctors (id) ON DELETE CASCADE,
  time_zone          VARCHAR(64) NOT NULL,
  slot_minutes       INT         NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
  buffer_minutes     INT         NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 240),
  min_notice_minutes INT         NOT NULL DEFAULT 60 CHECK (min_notice_minutes BETWEEN 0 AND 43200),
  horizon_days       INT         NOT NULL DEFAULT 60 CHECK (horizon_days BETWEEN 1 AND 730),
  updated_at         TIMESTAMPTZ NOT NULL,
  version            BIGINT      NOT NULL DEFAULT 0
);

-- Weekly working hours; several intervals a day.
CREATE TABLE doctor_weekly_hours
(
  id          UUID PRIMARY KEY,
  doctor_id   UUID     NOT NULL REFERENCES doctor_schedules (doctor_id) ON DELETE CASCADE,
  day_of_week SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
  start_time  TIME     NOT NULL,
  end_time    TIME     NOT NULL,
  CHECK (start_time < end_time)
);
CREATE INDEX doctor_weekly_hours_doctor_idx ON doctor_weekly_hours (doctor_id);

-- Other hours on one date. A row without times closes the date.
CREATE TABLE doctor_date_overrides
(
  id         UUID PRIMARY KEY,
  doctor_id  UUID NOT NULL REFERENCES doctor_schedules (doctor_id) ON DELETE CASCADE,
  on_date    DATE NOT NULL,
  start_time TIME,
  end_time   TIME,
  CHECK ((start_time IS NULL AND end_time IS NULL) OR (start_time < end_time))
);
CREATE INDEX doctor_date_overrides_doctor_date_idx ON doctor_date_overrides (doctor_id, on_date);

CREATE TABLE doctor_time_off
(
  id        UUID PRIMARY KEY,
  doctor_id UUID         NOT NULL REFERENCES doctor_schedules (doctor_id) ON DELETE CASCADE,
  starts_at TIMESTAMPTZ  NOT NULL,
  ends_at   TIMESTAMPTZ  NOT NULL,
  reason    VARCHAR(500) NOT NULL DEFAULT '',
  CHECK (starts_at < ends_at)
);
CREATE INDEX doctor_time_off_doctor_idx ON doctor_time_off USING gist (doctor_id, tstzrange(starts_at, ends_at, '[)'));
