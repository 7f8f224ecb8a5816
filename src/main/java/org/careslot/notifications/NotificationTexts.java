package org.careslot.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.careslot.identity.Role;
import org.careslot.platform.Languages;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a text about an appointment says and to whom: the planner writes new ones with it, the
 * service rewrites queued ones and imports old ones with it, so all three read the same.
 */
@Component
class NotificationTexts {

	private final JdbcClient jdbc;
	private final MessageSource texts;

	NotificationTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.texts = Languages.messages("notifications/texts");
	}

	/**
	 * Who gets the message, in which language and on which clock, and where the visit is; empty
	 * without a phone number.
	 * @param place "VIDEO", the practice on one line, or "" when the doctor gave none
	 */
	record Recipient(UUID userId, String phone, String doctorName, ZoneId zone, Locale locale, String place) {
	}

	/**
	 * One query for everything a message about an appointment needs; no phone number, no text
	 * message. Times are on the recipient's clock when they chose one, else on the doctor's (as the
	 * web app shows them).
	 */
	Optional<Recipient> recipient(UUID userId, UUID appointmentId) {
		return jdbc.sql("""
				SELECT u.phone, d.full_name, coalesce(u.time_zone, s.time_zone, 'UTC') AS zone, u.language,
				       CASE WHEN a.visit_type = 'VIDEO' THEN 'VIDEO'
				            ELSE concat_ws(', ', nullif(d.practice_name, ''), nullif(d.practice_address, ''), nullif(d.practice_city, '')) END
				FROM users u, appointments a JOIN doctors d ON d.id = a.doctor_id LEFT JOIN doctor_schedules s ON s.doctor_id = d.id
				WHERE u.id = :user AND a.id = :appointment AND u.phone IS NOT NULL AND u.phone_verified_at IS NOT NULL
				  AND u.enabled
				""")
			.param("user", userId)
			.param("appointment", appointmentId)
			.query((rs, n) -> new Recipient(userId, rs.getString(1), rs.getString(2), ZoneId.of(rs.getString(3)),
					Languages.locale(rs.getString(4)), rs.getString(5)))
			.optional();
	}

	/**
	 * The text of a message of this kind, in the recipient's language, the time on their clock and
	 * written the way their language writes times (13:00 in German, 1:00 PM in English).
	 */
	String text(Recipient r, String kind, Instant start, Instant heldUntil) {
		return text(r, kind, start, heldUntil, null);
	}

	/** @param staffReason why the clinic cancelled (a doctor's or admin's words), told to the patient; else null */
	String text(Recipient r, String kind, Instant start, Instant heldUntil, String staffReason) {
		var at = start.atZone(r.zone());
		String when = texts.getMessage("when", new Object[] { DateTimeFormatter.ofPattern(texts.getMessage("day", null,
				r.locale()), r.locale()).format(at), timeOfDay(r.locale()).format(at),
				DateTimeFormatter.ofPattern("zzz", r.locale()).format(at) }, r.locale());
		String where = r.place().isEmpty() ? "" : "VIDEO".equals(r.place()) ? texts.getMessage("where.VIDEO", null, r.locale())
				: texts.getMessage("where.IN_PERSON", new Object[] { r.place() }, r.locale());
		String until = heldUntil == null ? "" : timeOfDay(r.locale()).format(heldUntil.atZone(r.zone()));
		String because = reasonForText(staffReason)
			.map(reason -> texts.getMessage("because", new Object[] { reason }, r.locale()))
			.orElse("");
		// a narrow no-break space (newer CLDR, before AM/PM) is not in the SMS alphabet
		return texts.getMessage("sms." + kind, new Object[] { r.doctorName(), when, where, until, because }, r.locale())
			.replace('\u202F', ' ');
	}

	/** The text carrying a code that proves a phone number, in the owner's language. */
	String verifyCode(String code, String language) {
		return texts.getMessage("sms.VERIFY", new Object[] { code }, Languages.locale(language));
	}

	/** One line, at most 120 characters: a text is no place for a letter. */
	static Optional<String> reasonForText(String reason) {
		if (reason == null || reason.isBlank()) {
			return Optional.empty();
		}
		String line = reason.strip().replaceAll("\\s+", " ");
		return Optional.of(line.length() <= 120 ? line : line.substring(0, 117).stripTrailing() + "...");
	}

	/** The patient's own reason stays theirs; the clinic's reason is what the patient needs to hear. */
	static String staffReason(Role cancelledBy, String reason) {
		return cancelledBy == Role.DOCTOR || cancelledBy == Role.ADMIN ? reason : null;
	}

	private static DateTimeFormatter timeOfDay(Locale locale) {
		return DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT,
				IsoChronology.INSTANCE, locale), locale);
	}
}
