package org.careslot.payments;

import static org.careslot.platform.SqlTime.utc;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.careslot.appointments.AppointmentService;
import org.careslot.appointments.PaymentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment state machine every provider drives: an open payment becomes paid, failed or
 * expired; a paid one may be refunded. Moves are guarded UPDATEs, so a late, repeated or
 * out-of-order notice (a webhook, the test checkout) cannot move a payment backwards.
 */
@Component
class PaymentSettlement {

	private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);

	private final JdbcClient jdbc;
	private final AppointmentService appointments;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PaymentSettlement(JdbcClient jdbc, AppointmentService appointments, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.appointments = appointments;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Paid: from open, failed or expired (a late success still counts). If the visit is off, the
	 * money is owed back: written down here, and given back after this transaction commits
	 * ({@link RefundRequested}), so a webhook never waits for the provider's refund API.
	 */
	@Transactional
	public void markPaid(UUID paymentId, String paymentIntentId) {
		Optional<UUID> appointmentId = jdbc.sql("""
				UPDATE payments SET status = 'PAID', paid_at = :now, updated_at = :now,
				  payment_intent_id = coalesce(:intent, payment_intent_id)
				WHERE id = :id AND status IN ('OPEN', 'FAILED', 'EXPIRED') RETURNING appointment_id
				""")
			.param("now", utc(clock.instant()))
			.param("intent", paymentIntentId)
			.param("id", paymentId)
			.query(UUID.class)
			.optional();
		if (appointmentId.isEmpty()) {
			return; // already paid or refunded: a repeated notice changes nothing
		}
		if (!appointments.recordPayment(appointmentId.get(), PaymentStatus.PAID)) {
			log.info("Payment {} arrived for an appointment that is no longer live; refunding it after the commit", paymentId);
			markRefundDue(paymentId);
			events.publishEvent(new RefundRequested(paymentId, appointmentId.get()));
		}
	}

	@Transactional
	public void markFailed(UUID paymentId) {
		jdbc.sql("UPDATE payments SET status = 'FAILED', updated_at = :now WHERE id = :id AND status = 'OPEN' RETURNING appointment_id")
			.param("now", utc(clock.instant()))
			.param("id", paymentId)
			.query(UUID.class)
			.optional()
			.ifPresent(appointment -> appointments.recordPayment(appointment, PaymentStatus.FAILED));
	}

	@Transactional
	public void markExpired(UUID paymentId) {
		jdbc.sql("UPDATE payments SET status = 'EXPIRED', updated_at = :now WHERE id = :id AND status = 'OPEN'")
			.param("now", utc(clock.instant()))
			.param("id", paymentId)
			.update();
	}

	/** A refund made at the provider (by us or in its dashboard); amounts only ever grow. */
	@Transactional
	public void markRefunded(String paymentIntentId, BigDecimal refundedSoFar) {
		jdbc.sql("""
				UPDATE payments SET refunded_amount = least(amount, greatest(refunded_amount, :refunded)),
				  status = CASE WHEN greatest(refunded_amount, :refunded) >= amount THEN 'REFUNDED' ELSE status END,
				  refunded_at = :now, updated_at = :now
				WHERE payment_intent_id = :intent AND status IN ('PAID', 'REFUNDED')
				RETURNING appointment_id, status
				""")
			.param("refunded", refundedSoFar)
			.param("now", utc(clock.instant()))
			.param("intent", paymentIntentId)
			.query((rs, n) -> rs.getString("status").equals("REFUNDED") ? rs.getObject("appointment_id", UUID.class) : null)
			.optional()
			.ifPresent(appointment -> appointments.recordPayment(appointment, PaymentStatus.REFUNDED));
	}

	/** A paid fee is owed back from now on (the first time counts); admins see it until it is refunded. */
	void markRefundDue(UUID paymentId) {
		jdbc.sql("UPDATE payments SET refund_due_at = coalesce(refund_due_at, :now), updated_at = :now WHERE id = :id AND status = 'PAID'")
			.param("now", utc(clock.instant()))
			.param("id", paymentId)
			.update();
	}
}
