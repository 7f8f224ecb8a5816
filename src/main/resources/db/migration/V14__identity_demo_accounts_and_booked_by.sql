-- Accounts the demo clinic created. Outside demo mode they are switched off at start, so the
-- published demo password never opens anything on a real installation.
ALTER TABLE users ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE users SET demo = TRUE WHERE email LIKE '%@careslot.demo';

-- Who made a booking when it was not the patient (the front desk booking on their behalf).
ALTER TABLE appointments ADD COLUMN booked_by UUID REFERENCES users (id);
