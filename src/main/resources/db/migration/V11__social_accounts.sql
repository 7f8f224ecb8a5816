-- The seed's social_auth_id, kept per provider: one Google and one Facebook identity at most per
-- account, each identity on one account.
CREATE TABLE social_accounts (
  provider   VARCHAR(16)  NOT NULL CHECK (provider IN ('google', 'facebook')),
  subject    VARCHAR(255) NOT NULL,
  user_id    UUID         NOT NULL REFERENCES users (id),
  email      CITEXT,
  linked_at  TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (provider, subject),
  UNIQUE (user_id, provider)
);
