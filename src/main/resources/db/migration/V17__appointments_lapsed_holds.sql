-- A reservation that lapsed unpaid (or was given up by the patient) cannot be taken again by the
-- same patient at once: otherwise one patient could keep a slot from everyone, fifteen minutes at
-- a time, forever.
CREATE TABLE lapsed_holds
(
  patient_id UUID        NOT NULL REFERENCES users (id),
  doctor_id  UUID        NOT NULL REFERENCES doctors (id),
  starts_at  TIMESTAMPTZ NOT NULL,
  until      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (patient_id, doctor_id, starts_at)
);
CREATE INDEX lapsed_holds_until_idx ON lapsed_holds (until);
