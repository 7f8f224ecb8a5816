package org.careslot.payments;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careslot.appointments.AppointmentCancelled;
import org.careslot.appointments.AppointmentService;
import org.careslot.appointments.PaymentStatus;
import org.careslot.doctors.Money;
import org.careslot.identity.Role;
import org.careslot.payments.PaymentRows.Payment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Giving fees back: the refund policy, the refund itself (once, whatever the number of attempts),
 * and the list of refunds still owed. Refunds are asked for by events ({@link RefundOnCancellation},
 * {@link RefundOnRequest}), so a provider outage delays a refund and never loses it.
 */
@Component
class Refunds {

	private static final Logger log = LoggerFactory.getLogger(Refunds.class);

	private final JdbcClient jdbc;
	private final PaymentRows rows;
	private final PaymentSettlement settlement;
	private final PaymentGateway gateway;
	private final AppointmentService appointments;
	private final EventPublicationRegistry publications;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Refunds(JdbcClient jdbc, PaymentRows rows, PaymentSettlement settlement, PaymentGateway gateway,
			AppointmentService appointments, EventPublicationRegistry publications,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.settlement = settlement;
		this.gateway = gateway;
		this.appointments = appointments;
		this.publications = publications;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * The refund policy: in full when a doctor or an admin cancels, when the patient cancels
	 * before the cutoff, or when an unpaid hold lapsed; otherwise the fee is kept.
	 */
	static boolean refundOwed(AppointmentCancelled cancelled) {
		return cancelled.cancelledBy() != Role.PATIENT || cancelled.beforePatientCutoff();
	}

	/** Gives the fee of a cancelled appointment back if the policy says so. Outside any transaction, like {@link #refund}. */
	void refundAfterCancellation(AppointmentCancelled cancelled) {
		if (!refundOwed(cancelled)) {
			return;
		}
		jdbc.sql("SELECT id FROM payments WHERE appointment_id = :id AND status = 'PAID'")
			.param("id", cancelled.appointmentId())
			.query(UUID.class)
			.optional()
			.ifPresent(this::refund);
	}

	/**
	 * Gives a paid fee back in full: writes down that it is owed, asks the provider under the
	 * idempotency key {@code refund-<paymentId>} (so any number of attempts refund once), then
	 * records the refund. A failed attempt is counted with the provider's answer and rethrown, so
	 * the event that asked for it stays in the registry and is retried.
	 * <p>
	 * Runs outside any transaction: no connection is held while the provider answers, and the
	 * failed attempt's trace is not rolled back with the failure.
	 */
	void refund(UUID paymentId) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A refund calls the provider and must not run inside a transaction");
		}
		Optional<Payment> paid = rows.byId(paymentId).filter(p -> p.view().status() == PaymentState.PAID);
		if (paid.isEmpty()) {
			return; // refunded by an earlier attempt or in the provider's dashboard
		}
		PaymentView view = paid.get().view();
		settlement.markRefundDue(paymentId);
		try {
			gateway.refund(view.transactionId(), paid.get().paymentIntentId(), view.amount(), view.currency(),
					"refund-" + paymentId);
		}
		catch (RuntimeException ex) {
			String error = ex instanceof PaymentGateway.RefundFailed ? ex.getMessage()
					: ex.getClass().getSimpleName() + ": " + ex.getMessage();
			jdbc.sql("""
					UPDATE payments SET refund_attempts = refund_attempts + 1, refund_last_error = :error,
					  refund_last_tried_at = :now, updated_at = :now
					WHERE id = :id
					""")
				.param("error", error.length() > 500 ? error.substring(0, 500) : error)
				.param("now", utc(clock.instant()))
				.param("id", paymentId)
				.update();
			log.warn("Refund of payment {} failed; it stays owed and is tried again later: {}", paymentId, error);
			throw ex;
		}
		transactions.executeWithoutResult(tx -> jdbc.sql("""
				UPDATE payments SET status = 'REFUNDED', refunded_amount = amount, refunded_at = :now, updated_at = :now,
				  refund_attempts = refund_attempts + 1, refund_last_error = NULL, refund_last_tried_at = :now
				WHERE id = :id AND status = 'PAID'
				RETURNING appointment_id
				""")
			.param("now", utc(clock.instant()))
			.param("id", paymentId)
			.query(UUID.class)
			.optional()
			.ifPresent(appointment -> appointments.recordPayment(appointment, PaymentStatus.REFUNDED)));
	}

	/**
	 * A fee CareSlot owes back and has not yet given back.
	 *
	 * @param cancelledAt when the appointment was cancelled (null if it ended otherwise)
	 * @param attempts how often the provider has been asked so far
	 * @param lastError what the provider answered the last time, if it refused
	 */
	public record OutstandingRefund(UUID appointmentId, UUID paymentId, String patientName, String doctorName, Money amount,
			Instant cancelledAt, int attempts, String lastError) {
	}

	/**
	 * Refunds owed and not yet made, oldest first: paid fees written down as owed (an attempt was
	 * made, or a payment arrived for a visit no longer live), and paid fees of cancellations whose
	 * refund has not even been attempted yet (the cancellation's event is still waiting in the
	 * publication registry and the policy gives the fee back). A fee kept under the policy is not owed.
	 */
	@Transactional(readOnly = true)
	public List<OutstandingRefund> outstanding() {
		// the registry names a listener by class and method: RefundOnCancellation must keep its name
		String listener = RefundOnCancellation.class.getName() + ".";
		Set<UUID> waiting = publications.findIncompletePublications().stream()
			.filter(publication -> publication.getTargetIdentifier().getValue().startsWith(listener))
			.map(TargetEventPublication::getEvent)
			.filter(event -> event instanceof AppointmentCancelled cancelled && refundOwed(cancelled))
			.map(event -> ((AppointmentCancelled) event).appointmentId())
			.collect(Collectors.toSet());
		return jdbc.sql("""
				SELECT p.id, p.appointment_id, u.full_name AS patient_name, d.full_name AS doctor_name, p.amount, p.currency,
				       a.cancelled_at, p.refund_attempts, p.refund_last_error
				FROM payments p
				JOIN appointments a ON a.id = p.appointment_id
				JOIN doctors d ON d.id = a.doctor_id
				JOIN users u ON u.id = a.patient_id
				WHERE p.status = 'PAID' AND (p.refund_due_at IS NOT NULL
				""" + (waiting.isEmpty() ? "" : " OR p.appointment_id IN (:waiting)") + """
				)
				ORDER BY coalesce(a.cancelled_at, p.refund_due_at), p.id
				LIMIT 1000
				""")
			.params(waiting.isEmpty() ? Map.of() : Map.of("waiting", waiting))
			.query((rs, n) -> new OutstandingRefund(rs.getObject("appointment_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getString("patient_name"), rs.getString("doctor_name"),
					new Money(rs.getBigDecimal("amount"), rs.getString("currency")), instant(rs, "cancelled_at"),
					rs.getInt("refund_attempts"), rs.getString("refund_last_error")))
			.list();
	}
}
