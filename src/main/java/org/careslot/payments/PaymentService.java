package org.careslot.payments;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careslot.appointments.AppointmentCancelled;
import org.careslot.appointments.AppointmentService;
import org.careslot.appointments.AppointmentStatus;
import org.careslot.appointments.AppointmentView;
import org.careslot.appointments.PaymentStatus;
import org.careslot.doctors.Money;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments for appointments. Every provider drives the same state machine: a checkout opens a
 * payment; it becomes paid, failed or expired; a paid one may be refunded. Moves are guarded
 * UPDATEs, so a late, repeated or out-of-order notice cannot move a payment backwards.
 */
@Service
public class PaymentService {

	private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

	/** Stripe refuses checkouts that expire sooner than this. */
	static final Duration MIN_CHECKOUT_LIFETIME = Duration.ofMinutes(30);

	private static final String VIEW = """
			SELECT p.id, p.appointment_id, d.full_name AS doctor_name, u.full_name AS patient_name, a.starts_at,
			       p.amount, p.currency, p.status, p.refunded_amount, p.provider, p.transaction_id, p.created_at,
			       a.patient_id, p.payment_intent_id, p.checkout_url
			FROM payments p
			JOIN appointments a ON a.id = p.appointment_id
			JOIN doctors d ON d.id = a.doctor_id
			JOIN users u ON u.id = a.patient_id
			""";

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate batch;
	private final org.careslot.appointments.VisitImport visits;
	private final AppointmentService appointments;
	private final PaymentGateway gateway;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final EventPublicationRegistry publications;

	PaymentService(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, AppointmentService appointments,
			org.careslot.appointments.VisitImport visits, PaymentGateway gateway, Clock clock,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
			EventPublicationRegistry publications) {
		this.batch = batch;
		this.visits = visits;
		this.jdbc = jdbc;
		this.appointments = appointments;
		this.gateway = gateway;
		this.clock = clock;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.publications = publications;
	}

	/** A stored payment with what the state machine needs beside the view. */
	record Payment(PaymentView view, UUID patientId, String paymentIntentId, String checkoutUrl) {
	}

	public record CheckoutStarted(UUID paymentId, String url, boolean testMode) {
	}

	/** Opens (or reopens) a checkout for the patient's own appointment. */
	public CheckoutStarted checkout(CurrentUser me, UUID appointmentId) {
		AppointmentView appointment = appointments.find(me, appointmentId);
		if (!me.is(Role.PATIENT) || !appointment.patientId().equals(me.id())) {
			throw ApiException.notFound("Appointment");
		}
		if (appointment.status() != AppointmentStatus.PENDING && appointment.status() != AppointmentStatus.CONFIRMED) {
			throw ApiException.conflict("This appointment is " + appointment.status().name().toLowerCase() + "; there is nothing to pay");
		}
		if (appointment.paymentStatus() == PaymentStatus.PAID || appointment.paymentStatus() == PaymentStatus.REFUNDED) {
			throw ApiException.conflict("This appointment is already paid");
		}
		if (appointment.amountDue() == null || appointment.amountDue().signum() <= 0) {
			throw ApiException.conflict("This doctor charges no fee for the visit");
		}
		Optional<Payment> open = openPayment(appointmentId);
		if (open.isPresent() && open.get().view().status() == PaymentState.OPEN) {
			return started(open.get());
		}
		Instant now = clock.instant();
		UUID paymentId = UUID.randomUUID();
		try {
			jdbc.sql("""
					INSERT INTO payments (id, appointment_id, amount, currency, provider, status, created_at, updated_at)
					VALUES (:id, :appointment, :amount, :currency, :provider, 'OPEN', :now, :now)
					""")
				.param("id", paymentId)
				.param("appointment", appointmentId)
				.param("amount", appointment.amountDue())
				.param("currency", appointment.currency())
				.param("provider", gateway.name())
				.param("now", utc(now))
				.update();
		}
		catch (DuplicateKeyException ex) { // a simultaneous click opened one: use it
			return openPayment(appointmentId).map(this::started).orElseThrow(() -> ex);
		}
		Instant hold = appointment.holdExpiresAt();
		Instant expires = hold == null || hold.isBefore(now.plus(MIN_CHECKOUT_LIFETIME)) ? now.plus(MIN_CHECKOUT_LIFETIME) : hold;
		try {
			PaymentGateway.Checkout checkout = gateway.createCheckout(new PaymentGateway.CheckoutRequest(paymentId,
					appointmentId, "Appointment with " + appointment.doctorName(), appointment.amountDue(),
					appointment.currency(), me.getUsername(), expires, "checkout-" + paymentId));
			jdbc.sql("UPDATE payments SET transaction_id = :tx, checkout_url = :url, updated_at = :now WHERE id = :id")
				.param("tx", checkout.transactionId())
				.param("url", checkout.url())
				.param("now", utc(clock.instant()))
				.param("id", paymentId)
				.update();
			return new CheckoutStarted(paymentId, checkout.url(), isTest());
		}
		catch (RuntimeException ex) {
			// the booking stays; this attempt is closed so the patient can simply try again
			jdbc.sql("UPDATE payments SET status = 'FAILED', updated_at = :now WHERE id = :id")
				.param("now", utc(clock.instant()))
				.param("id", paymentId)
				.update();
			throw ex;
		}
	}

	/**
	 * A payment that happened before CareSlot knew of it (the demo clinic's history), through the
	 * test provider: OPEN, PAID at {@code at}, or PAID and then REFUNDED in full a day later.
	 */
	public record ImportedPayment(UUID appointmentId, BigDecimal amount, String currency, PaymentState state, Instant at) {
	}

	/** Writes the payments in one batch; each appointment's payment status follows. */
	@Transactional
	public void importPayments(List<ImportedPayment> imported) {
		java.util.Map<UUID, PaymentStatus> statuses = new java.util.HashMap<>();
		List<Object[]> rows = new java.util.ArrayList<>();
		for (ImportedPayment p : imported) {
			boolean refunded = p.state() == PaymentState.REFUNDED;
			rows.add(new Object[] { UUID.randomUUID(), p.appointmentId(), p.amount(), p.currency(), p.state().name(),
					"imported-" + UUID.randomUUID(), refunded ? p.amount() : BigDecimal.ZERO,
					p.state() == PaymentState.OPEN ? null : utc(p.at()), refunded ? utc(p.at().plus(Duration.ofDays(1))) : null,
					utc(p.at()), utc(p.at()) });
			if (p.state() != PaymentState.OPEN) {
				statuses.put(p.appointmentId(), refunded ? PaymentStatus.REFUNDED : PaymentStatus.PAID);
			}
		}
		batch.batchUpdate("""
				INSERT INTO payments (id, appointment_id, amount, currency, provider, status, transaction_id, refunded_amount,
				  paid_at, refunded_at, created_at, updated_at)
				VALUES (?, ?, ?, ?, 'test', ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		visits.importPaymentStatuses(statuses);
	}

	/** The paying patient's or an admin's view of one payment; 404 for everyone else. */
	@Transactional(readOnly = true)
	public PaymentView find(CurrentUser me, UUID paymentId) {
		Payment payment = byId(paymentId).orElseThrow(() -> ApiException.notFound("Payment"));
		if (!me.is(Role.ADMIN) && !(me.is(Role.PATIENT) && payment.patientId().equals(me.id()))) {
			throw ApiException.notFound("Payment");
		}
		return payment.view();
	}

	/** The in-app test checkout: the patient decides the outcome. Only in test mode. */
	@Transactional
	public PaymentView testCheckout(CurrentUser me, UUID paymentId, boolean pay) {
		PaymentView view = find(me, paymentId);
		if (!isTest() || !"test".equals(view.provider()) || !me.is(Role.PATIENT)) {
			throw ApiException.notFound("Payment");
		}
		if (view.status() != PaymentState.OPEN) {
			throw ApiException.conflict("This payment is already " + view.status().name().toLowerCase());
		}
		if (pay) {
			markPaid(paymentId, null);
		}
		else {
			markFailed(paymentId);
		}
		return find(me, paymentId);
	}

	boolean isTest() {
		return gateway instanceof TestCheckoutGateway;
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

	/**
	 * The refund policy: in full when a doctor or an admin cancels, when the patient cancels
	 * before the cutoff, or when an unpaid hold lapsed; otherwise the fee is kept.
	 */
	static boolean refundOwed(AppointmentCancelled cancelled) {
		return cancelled.cancelledBy() != Role.PATIENT || cancelled.beforePatientCutoff();
	}

	/** Gives the fee of a cancelled appointment back if the policy says so. Outside any transaction, like {@link #refund}. */
	public void refundAfterCancellation(AppointmentCancelled cancelled) {
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
		Optional<Payment> paid = byId(paymentId).filter(p -> p.view().status() == PaymentState.PAID);
		if (paid.isEmpty()) {
			return; // refunded by an earlier attempt or in the provider's dashboard
		}
		PaymentView view = paid.get().view();
		markRefundDue(paymentId);
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

	private void markRefundDue(UUID paymentId) {
		jdbc.sql("UPDATE payments SET refund_due_at = coalesce(refund_due_at, :now), updated_at = :now WHERE id = :id AND status = 'PAID'")
			.param("now", utc(clock.instant()))
			.param("id", paymentId)
			.update();
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
	public List<OutstandingRefund> outstandingRefunds() {
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
			.params(waiting.isEmpty() ? java.util.Map.of() : java.util.Map.of("waiting", waiting))
			.query((rs, n) -> new OutstandingRefund(rs.getObject("appointment_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getString("patient_name"), rs.getString("doctor_name"),
					new Money(rs.getBigDecimal("amount"), rs.getString("currency")), instant(rs, "cancelled_at"),
					rs.getInt("refund_attempts"), rs.getString("refund_last_error")))
			.list();
	}

	Optional<Payment> byId(UUID id) {
		return jdbc.sql(VIEW + " WHERE p.id = :id").param("id", id).query(PaymentService::map).optional();
	}

	Optional<Payment> byTransaction(String transactionId) {
		return jdbc.sql(VIEW + " WHERE p.transaction_id = :tx").param("tx", transactionId).query(PaymentService::map).optional();
	}

	private Optional<Payment> openPayment(UUID appointmentId) {
		return jdbc.sql(VIEW + " WHERE p.appointment_id = :id AND p.status IN ('OPEN', 'PAID')")
			.param("id", appointmentId)
			.query(PaymentService::map)
			.optional();
	}

	private CheckoutStarted started(Payment payment) {
		return new CheckoutStarted(payment.view().id(), payment.checkoutUrl(), isTest());
	}

	/** Every payment created in the date range (UTC), newest first. */
	@Transactional(readOnly = true)
	public List<PaymentView> log(LocalDate from, LocalDate to) {
		return jdbc.sql(VIEW + " WHERE p.created_at >= :from AND p.created_at < :to ORDER BY p.created_at DESC LIMIT 1000")
			.param("from", utc(from.atStartOfDay().toInstant(ZoneOffset.UTC)))
			.param("to", utc(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
			.query(PaymentService::map)
			.list()
			.stream()
			.map(Payment::view)
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
		var fromInstant = utc(from.atStartOfDay().toInstant(ZoneOffset.UTC));
		var toInstant = utc(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
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

	private static Payment map(ResultSet rs, int row) throws SQLException {
		PaymentView view = new PaymentView(rs.getObject("id", UUID.class), rs.getObject("appointment_id", UUID.class),
				rs.getString("doctor_name"), rs.getString("patient_name"), instant(rs, "starts_at"),
				rs.getBigDecimal("amount"), rs.getString("currency"), PaymentState.valueOf(rs.getString("status")),
				rs.getBigDecimal("refunded_amount"), rs.getString("provider"), rs.getString("transaction_id"),
				instant(rs, "created_at"));
		return new Payment(view, rs.getObject("patient_id", UUID.class), rs.getString("payment_intent_id"),
				rs.getString("checkout_url"));
	}
}
