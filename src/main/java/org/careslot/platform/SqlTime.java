package org.careslot.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants in and out of {@code timestamptz} columns, the way every module's SQL needs them. */
public final class SqlTime {

	private SqlTime() {
	}

	/** A parameter for a {@code timestamptz}; null stays null. */
	public static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** A {@code timestamptz} column as an instant; SQL NULL is null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}
}
