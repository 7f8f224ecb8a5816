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
  accepting_new_patients   BOOLEAN       NOT NULL DEFAULT TRUE,
  prepayment_required      BOOLEAN       NOT NULL DEFAULT FALSE,
  photo_url                VARCHAR(500),
  -- self-registered doctors wait for an administrator before they are listed
  listed                   BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at               TIMESTAMPTZ   NOT NULL,
  version                  BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX doctors_specialty_idx ON doctors (lower(specialty));
CREATE INDEX doctors_full_name_trgm_idx ON doctors USING gin (full_name gin_trgm_ops);
