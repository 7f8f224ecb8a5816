-- What a person reads (texts, reports) and the clock they read times on. No time zone = the
-- doctor's, which is also how the web app shows appointment times.
ALTER TABLE users
  ADD COLUMN language  VARCHAR(8)  NOT NULL DEFAULT 'en',
  ADD COLUMN time_zone VARCHAR(64);

-- A send whose outcome the provider never told us (a timeout after the request left): before it
-- is tried again, the provider is asked whether it already went out, so it is never sent twice.
ALTER TABLE notifications ADD COLUMN outcome_unknown_since TIMESTAMPTZ;
