package org.careslot.reports;

import static org.careslot.platform.SqlTime.instant;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.careslot.identity.Role;
import org.careslot.platform.Languages;
import org.careslot.records.PatientRecord;
import org.careslot.records.RecordService;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The patient's PDF report, in the patient's language: profile, history, allergies, medications,
 * conditions, appointments, visit notes and payments. Every piece of user text is escaped, so a
 * note containing HTML prints as the characters typed.
 */
@Service
class PatientReport {

	private record Visit(Instant start, ZoneId zone, String doctor, String specialty, String status, String visitType) {
	}

	private record Payment(Instant at, BigDecimal amount, String currency, String status, BigDecimal refunded) {
	}

	private final RecordService records;
	private final JdbcClient jdbc;
	private final PdfRenderer pdf;
	private final MessageSource texts;
	private final Clock clock;

	PatientReport(RecordService records, JdbcClient jdbc, PdfRenderer pdf, Clock clock) {
		this.records = records;
		this.jdbc = jdbc;
		this.pdf = pdf;
		this.clock = clock;
		this.texts = Languages.messages("reports/report");
	}

	/** Access as for the record (404 for anyone else); audited as a report download. */
	@Transactional
	public byte[] render(UUID readerId, Role readerRole, String address, UUID patientId) {
		PatientRecord record = records.forReport(readerId, readerRole, address, patientId);
		String ownZone = jdbc.sql("SELECT time_zone FROM users WHERE id = :id").param("id", patientId).query(String.class).optional().orElse(null);
		List<Visit> visits = jdbc.sql("""
				SELECT a.starts_at, coalesce(:zone, s.time_zone, 'UTC') AS zone, d.full_name, d.specialty, a.status, a.visit_type
				FROM appointments a JOIN doctors d ON d.id = a.doctor_id LEFT JOIN doctor_schedules s ON s.doctor_id = d.id
				WHERE a.patient_id = :patient ORDER BY a.starts_at DESC
				""")
			.param("zone", ownZone)
			.param("patient", patientId)
			.query((rs, n) -> new Visit(instant(rs, "starts_at"), ZoneId.of(rs.getString("zone")), rs.getString("full_name"),
					rs.getString("specialty"), rs.getString("status"), rs.getString("visit_type")))
			.list();
		List<Payment> payments = jdbc.sql("""
				SELECT coalesce(p.paid_at, p.created_at) AS at, p.amount, p.currency, p.status, p.refunded_amount
				FROM payments p JOIN appointments a ON a.id = p.appointment_id
				WHERE a.patient_id = :patient AND p.status IN ('PAID', 'REFUNDED') ORDER BY at DESC
				""")
			.param("patient", patientId)
			.query((rs, n) -> new Payment(instant(rs, "at"), rs.getBigDecimal("amount"), rs.getString("currency"),
					rs.getString("status"), rs.getBigDecimal("refunded_amount")))
			.list();
		Locale locale = Languages.locale(record.patient().language());
		ZoneId zone = ownZone == null ? ZoneId.of("UTC") : ZoneId.of(ownZone);
		return pdf.render(new Page(locale, zone).html(record, visits, payments));
	}

	private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "fa", "he", "ur");

	/** Writes one report's XHTML. */
	private final class Page {

		private final Locale locale;
		private final ZoneId zone;
		private final DateTimeFormatter dateTime;
		private final StringBuilder out = new StringBuilder(32 * 1024);

		Page(Locale locale, ZoneId zone) {
			this.locale = locale;
			this.zone = zone;
			this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
		}

		/** Arabic (and any right-to-left script) reads from the right: the whole page, tables included. */
		private boolean rightToLeft() {
			return RIGHT_TO_LEFT.contains(locale.getLanguage());
		}

		private String direction() {
			return rightToLeft() ? "rtl" : "ltr";
		}

		String html(PatientRecord record, List<Visit> visits, List<Payment> payments) {
			out.append("""
					<!DOCTYPE html><html lang="%s" dir="%s"><head><meta charset="UTF-8"/><title>%s</title><style>
					@page { size: A4; margin: 18mm 16mm 20mm;
					  @bottom-left { content: "%s"; font-family: %s; font-size: 8pt; color: #666; }
					  @bottom-right { content: counter(page) " / " counter(pages); font-family: %s; font-size: 8pt; color: #666; } }
					body { font-family: %s; font-size: 10pt; color: #1a1a1a; line-height: 1.4; direction: %s; }
					h1 { font-size: 18pt; margin: 0 0 2mm; color: #0b5563; }
					h2 { font-size: 12pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.5pt solid #0b5563; color: #0b5563; }
					.muted { color: #555; }
					.text { white-space: pre-wrap; }
					table { width: 100%%; border-collapse: collapse; }
					th, td { text-align: %s; padding: 1.2mm 2mm; border-bottom: 0.3pt solid #ccc; vertical-align: top; }
					th { font-weight: 700; background: #eef5f6; }
					.note { margin: 0 0 4mm; page-break-inside: avoid; }
					</style></head><body>
					""".formatted(locale.getLanguage(), direction(), t("title"), t("confidential"), PdfRenderer.FONT_FAMILY,
					PdfRenderer.FONT_FAMILY, PdfRenderer.FONT_FAMILY, direction(), rightToLeft() ? "right" : "left"));
			PatientRecord.Patient p = record.patient();
			out.append("<h1>").append(t("title")).append("</h1><p class=\"muted\">")
				.append(esc(t("generated", when(clock.instant(), zone)))).append("</p>");
			section("profile");
			out.append("<table>");
			row(t("name"), p.fullName());
			row(t("email"), p.email());
			row(t("phone"), p.phone() == null ? "—" : p.phone());
			out.append("</table>");
			section("history");
			paragraph(record.medicalHistory());
			list("allergies", record.allergies());
			list("medications", record.medications());
			list("conditions", record.conditions());
			appointments(visits);
			notes(record.notes());
			payments(payments);
			return out.append("</body></html>").toString();
		}

		private void appointments(List<Visit> visits) {
			section("appointments");
			if (visits.isEmpty()) {
				none();
				return;
			}
			out.append("<table><thead><tr>");
			for (String column : List.of("col.date", "col.doctor", "col.specialty", "col.visit", "col.status")) {
				out.append("<th>").append(esc(t(column))).append("</th>");
			}
			out.append("</tr></thead><tbody>");
			for (Visit v : visits) {
				cells(when(v.start(), v.zone()), v.doctor(), v.specialty(), t("visit." + v.visitType()), t("status." + v.status()));
			}
			out.append("</tbody></table>");
		}

		private void notes(List<PatientRecord.Note> notes) {
			section("notes");
			if (notes.isEmpty()) {
				none();
				return;
			}
			for (PatientRecord.Note n : notes) {
				out.append("<div class=\"note\"><p class=\"muted\">")
					.append(esc(t("note.by", n.doctorName(), when(n.appointmentStart(), zone))))
					.append("</p><div class=\"text\">").append(esc(n.body())).append("</div></div>");
			}
		}

		private void payments(List<Payment> payments) {
			section("payments");
			if (payments.isEmpty()) {
				none();
				return;
			}
			out.append("<table><thead><tr>");
			for (String column : List.of("col.date", "col.amount", "col.status", "col.refunded")) {
				out.append("<th>").append(esc(t(column))).append("</th>");
			}
			out.append("</tr></thead><tbody>");
			for (Payment pay : payments) {
				cells(when(pay.at(), zone), money(pay.amount(), pay.currency()), t("payment." + pay.status()),
						pay.refunded().signum() == 0 ? "—" : money(pay.refunded(), pay.currency()));
			}
			out.append("</tbody></table>");
		}

		private void list(String key, List<PatientRecord.Entry> entries) {
			section(key);
			if (entries.isEmpty()) {
				none();
				return;
			}
			out.append("<ul>");
			entries.forEach(e -> out.append("<li>").append(esc(e.text())).append("</li>"));
			out.append("</ul>");
		}

		private void section(String key) {
			out.append("<h2>").append(esc(t("section." + key))).append("</h2>");
		}

		private void paragraph(String text) {
			if (text == null || text.isBlank()) {
				none();
			}
			else {
				out.append("<div class=\"text\">").append(esc(text)).append("</div>");
			}
		}

		private void none() {
			out.append("<p class=\"muted\">").append(esc(t("none"))).append("</p>");
		}

		private void row(String label, String value) {
			out.append("<tr><th style=\"width: 30%\">").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
		}

		private void cells(String... values) {
			out.append("<tr>");
			for (String value : values) {
				out.append("<td>").append(esc(value)).append("</td>");
			}
			out.append("</tr>");
		}

		private String when(Instant at, ZoneId in) {
			return dateTime.format(at.atZone(in)) + " " + in.getDisplayName(java.time.format.TextStyle.SHORT, locale);
		}

		private String money(BigDecimal amount, String currency) {
			NumberFormat format = NumberFormat.getCurrencyInstance(locale);
			format.setCurrency(Currency.getInstance(currency));
			return format.format(amount);
		}

		private String t(String key, Object... args) {
			return texts.getMessage(key, args, locale);
		}

		/** XML-safe text: escaped, and without the control characters XML forbids. */
		private static String esc(String text) {
			return HtmlUtils.htmlEscape(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""), "UTF-8");
		}
	}
}
