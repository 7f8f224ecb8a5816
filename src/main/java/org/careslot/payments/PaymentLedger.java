package org.careslot.payments;

import static org.careslot.platform.SqlTime.utc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The admin's view of the money: the payment log and the revenue kept, over UTC dates. */
@Component
class PaymentLedger {

	private final JdbcClient jdbc;

	PaymentLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every payment created in the date range (UTC), newest first. */
	@Transactional(readOnly = true)
	public List<PaymentView> log(LocalDate from, LocalDate to) {
		return jdbc.sql(PaymentRows.VIEW + " WHERE p.created_at >= :from AND p.created_at < :to ORDER BY p.created_at DESC LIMIT 1000")
			.param("from", startOf(from))
			.param("to", startOf(to.plusDays(1)))
			.query(PaymentRows::map)
			.list()
			.stream()
			.map(PaymentRows.Payment::view)
			.toList();
	}

	public record Amount(String currency, BigDecimal amount) {
	}

	public record DayAmount(LocalDate date, String currency, BigDecimal amount) {
	}

	public record DoctorAmount(UUID doctorId, String doctorName, String currency, BigDecimal amount, long payments) {
	}

	public record Revenue(LocalDate from, LocalDate to, List<Amount> totals, List<DayAmount> byDay,
			List<DoctorAmount> byDoctor) {
	}

	/** Money kept (paid minus refunded) by the day it was paid (UTC) and by doctor. */
	@Transactional(readOnly = true)
	public Revenue revenue(LocalDate from, LocalDate to) {
		String kept = """
				FROM payments p JOIN appointments a ON a.id = p.appointment_id JOIN doctors d ON d.id = a.doctor_id
				WHERE p.status IN ('PAID', 'REFUNDED') AND p.paid_at >= :from AND p.paid_at < :to
				""";
		var fromInstant = startOf(from);
		var toInstant = startOf(to.plusDays(1));
		List<Amount> totals = jdbc.sql("SELECT p.currency, sum(p.amount - p.refunded_amount) " + kept
				+ " GROUP BY p.currency ORDER BY p.currency")
			.param("from", fromInstant).param("to", toInstant)
			.query((rs, n) -> new Amount(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		List<DayAmount> byDay = jdbc.sql("SELECT (p.paid_at AT TIME ZONE 'UTC')::date, p.currency, sum(p.amount - p.refunded_amount) "
				+ kept + " GROUP BY 1, 2 ORDER BY 1, 2")
			.param("from", fromInstant).param("to", toInstant)
			.query((rs, n) -> new DayAmount(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBigDecimal(3)))
			.list();
		List<DoctorAmount> byDoctor = jdbc.sql("SELECT d.id, d.full_name, p.currency, sum(p.amount - p.refunded_amount), count(*) "
				+ kept + " GROUP BY d.id, d.full_name, p.currency ORDER BY 4 DESC, 2")
			.param("from", fromInstant).param("to", toInstant)
			.query((rs, n) -> new DoctorAmount(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getBigDecimal(4), rs.getLong(5)))
			.list();
		return new Revenue(from, to, totals, byDay, byDoctor);
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return utc(day.atStartOfDay().toInstant(ZoneOffset.UTC));
	}
}
