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
import java.util.UUID;

import org.careslot.appointments.AppointmentCancelled;
import org.careslot.appointments.AppointmentService;
import org.careslot.appointments.AppointmentStatus;
import org.careslot.appointments.AppointmentView;
import org.careslot.appointments.PaymentStatus;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	PaymentService(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, AppointmentService appointments,
			org.careslot.appointments.VisitImport visits, PaymentGateway gateway, Clock clock) {
		this.batch = batch;
		this.visits = visits;
		this.jdbc = jdbc;
		this.appointments = appointments;
		this.gateway = gateway;
		this.clock = clock;
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

	/** Paid: from open, failed or expired (a late success still counts). Gives the money back if the visit is off. */
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
			log.info("Payment {} arrived for an appointment that is no longer live; refunding it", paymentId);
			refundInFull(paymentId);
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
	@Transactional
	public void refundAfterCancellation(AppointmentCancelled cancelled) {
		boolean refund = cancelled.cancelledBy() != Role.PATIENT || cancelled.beforePatientCutoff();
		Optional<UUID> paid = jdbc.sql("SELECT id FROM payments WHERE appointment_id = :id AND status = 'PAID'")
			.param("id", cancelled.appointmentId())
			.query(UUID.class)
			.optional();
		if (refund && paid.isPresent()) {
			refundInFull(paid.get());
		}
	}

	private void refundInFull(UUID paymentId) {
		Payment payment = byId(paymentId).orElseThrow();
		PaymentView view = payment.view();
		gateway.refund(view.transactionId(), payment.paymentIntentId(), view.amount(), view.currency(), "refund-" + paymentId);
		jdbc.sql("""
				UPDATE payments SET status = 'REFUNDED', refunded_amount = amount, refunded_at = :now, updated_at = :now
				WHERE id = :id
				""")
			.param("now", utc(clock.instant()))
			.param("id", paymentId)
			.update();
		appointments.recordPayment(view.appointmentId(), PaymentStatus.REFUNDED);
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
