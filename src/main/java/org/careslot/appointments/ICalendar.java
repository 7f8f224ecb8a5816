package org.careslot.appointments;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.careslot.platform.Languages;
import org.springframework.context.MessageSource;

/**
 * A minimal RFC 5545 VEVENT: UTC times, escaped text, lines folded at 75 octets, words in the
 * reader's language. It leaves for third-party calendars, so it says where and when, never why:
 * no visit reason in it.
 */
final class ICalendar {

	private static final MessageSource TEXTS = Languages.messages("appointments/calendar");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private ICalendar() {
	}

	/**
	 * @param link   where the participant finds the appointment in CareSlot
	 * @param locale the reader's language (one of {@link Languages#SUPPORTED}; others read English)
	 */
	static String event(AppointmentView a, Instant stamp, String link, Locale locale) {
		Locale language = Languages.locale(locale.getLanguage());
		String status = switch (a.status()) {
			case CANCELLED -> "CANCELLED";
			case PENDING -> "TENTATIVE";
			default -> "CONFIRMED";
		};
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//CareSlot//Appointments//EN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:" + a.id() + "@careslot");
		line(ics, "DTSTAMP:" + UTC.format(stamp));
		line(ics, "DTSTART:" + UTC.format(a.start()));
		line(ics, "DTEND:" + UTC.format(a.end()));
		line(ics, "SUMMARY:" + escape(TEXTS.getMessage("summary", new Object[] { a.doctorName() }, language)));
		line(ics, "DESCRIPTION:" + escape(TEXTS.getMessage("visit." + a.visitType().name(), null, language)));
		String location = a.visitType() == VisitType.VIDEO ? TEXTS.getMessage("location.VIDEO", null, language)
				: a.practice() == null ? "" : a.practice().oneLine();
		if (!location.isEmpty()) {
			line(ics, "LOCATION:" + escape(location));
		}
		line(ics, "URL:" + link);
		line(ics, "STATUS:" + status);
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
	}

	private static void line(StringBuilder out, String content) {
		int start = 0;
		boolean first = true;
		while (start < content.length()) {
			int limit = first ? 75 : 74;
			int end = start;
			int used = 0;
			while (end < content.length()) {
				int cp = content.codePointAt(end);
				int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
				if (used + size > limit) {
					break;
				}
				used += size;
				end += Character.charCount(cp);
			}
			out.append(first ? "" : " ").append(content, start, end).append("\r\n");
			start = end;
			first = false;
		}
	}
}
