package org.careslot.clinic;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

import org.careslot.platform.ApiException;
import org.careslot.platform.PhoneNumbers;
import org.careslot.platform.SqlTime;
import org.careslot.platform.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic-wide settings: one row, read by anyone, changed by administrators. */
@Service
public class ClinicService {

	private final JdbcClient jdbc;
	private final Clock clock;

	ClinicService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ClinicSettings settings() {
		return jdbc.sql("SELECT name, phone, time_zone FROM clinic_settings")
			.query((rs, n) -> new ClinicSettings(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single();
	}

	/** Replaces the settings; 400 naming the field for a blank name, a phone that is not a number, an unknown zone. */
	@Transactional
	public ClinicSettings update(UUID by, ClinicSettings settings) {
		String name = settings.name() == null ? "" : settings.name().strip();
		if (name.isEmpty()) {
			throw ApiException.invalid("name", Text.of("field.notBlank"));
		}
		String phone = settings.phone() == null || settings.phone().isBlank() ? null
				: PhoneNumbers.toE164(settings.phone())
					.orElseThrow(() -> ApiException.invalid("phone", Text.of("phone.internationalDe")));
		String zone;
		try {
			zone = ZoneId.of(settings.timeZone() == null ? "" : settings.timeZone().strip()).getId();
		}
		catch (DateTimeException ex) {
			throw ApiException.invalid("timeZone", Text.of("field.unknownTimeZone"));
		}
		jdbc.sql("UPDATE clinic_settings SET name = :name, phone = :phone, time_zone = :zone, updated_at = :now, updated_by = :by")
			.param("name", name)
			.param("phone", phone)
			.param("zone", zone)
			.param("now", SqlTime.utc(clock.instant()))
			.param("by", by)
			.update();
		return settings();
	}
}
