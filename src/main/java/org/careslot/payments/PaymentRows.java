package org.careslot.payments;

import static org.careslot.platform.SqlTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stored payments read back with the names and times their views show; one query shape for all. */
@Component
class PaymentRows {

	/** The view's columns; callers append their WHERE clause. */
	static final String VIEW = """
			SELECT p.id, p.appointment_id, d.full_name AS doctor_name, u.full_name AS patient_name, a.starts_at,
			       p.amount, p.currency, p.status, p.refunded_amount, p.provider, p.transaction_id, p.created_at,
			       a.patient_id, p.payment_intent_id, p.checkout_url
			FROM payments p
			JOIN appointments a ON a.id = p.appointment_id
			JOIN doctors d ON d.id = a.doctor_id
			JOIN users u ON u.id = a.patient_id
			""";

	private final JdbcClient jdbc;

	PaymentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored payment with what the state machine needs beside the view. */
	record Payment(PaymentView view, UUID patientId, String paymentIntentId, String checkoutUrl) {
	}

	Optional<Payment> byId(UUID id) {
		return jdbc.sql(VIEW + " WHERE p.id = :id").param("id", id).query(PaymentRows::map).optional();
	}

	Optional<Payment> byTransaction(String transactionId) {
		return jdbc.sql(VIEW + " WHERE p.transaction_id = :tx").param("tx", transactionId).query(PaymentRows::map).optional();
	}

	/** The appointment's open or paid payment; the database allows at most one. */
	Optional<Payment> openOrPaid(UUID appointmentId) {
		return jdbc.sql(VIEW + " WHERE p.appointment_id = :id AND p.status IN ('OPEN', 'PAID')")
			.param("id", appointmentId)
			.query(PaymentRows::map)
			.optional();
	}

	static Payment map(ResultSet rs, int row) throws SQLException {
		PaymentView view = new PaymentView(rs.getObject("id", UUID.class), rs.getObject("appointment_id", UUID.class),
				rs.getString("doctor_name"), rs.getString("patient_name"), instant(rs, "starts_at"),
				rs.getBigDecimal("amount"), rs.getString("currency"), PaymentState.valueOf(rs.getString("status")),
				rs.getBigDecimal("refunded_amount"), rs.getString("provider"), rs.getString("transaction_id"),
				instant(rs, "created_at"));
		return new Payment(view, rs.getObject("patient_id", UUID.class), rs.getString("payment_intent_id"),
				rs.getString("checkout_url"));
	}
}
