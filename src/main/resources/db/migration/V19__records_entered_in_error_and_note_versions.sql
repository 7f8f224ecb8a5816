-- Nothing clinical is ever deleted: an entry written by mistake is marked "entered in error" by
-- its author and stays in the history with who marked it and when.
ALTER TABLE record_entries
  ADD COLUMN entered_in_error_at TIMESTAMPTZ,
  ADD COLUMN entered_in_error_by UUID REFERENCES users (id),
  ADD CHECK ((entered_in_error_at IS NULL) = (entered_in_error_by IS NULL));

-- Every edit of a visit note keeps the text it replaced (sealed like the note).
CREATE TABLE visit_note_versions
(
  note_id    UUID         NOT NULL REFERENCES visit_notes (id),
  version    BIGINT       NOT NULL,
  body       BYTEA        NOT NULL,
  key_id     VARCHAR(16)  NOT NULL,
  written_at TIMESTAMPTZ  NOT NULL,
  written_by UUID         NOT NULL REFERENCES users (id),
  PRIMARY KEY (note_id, version)
);
