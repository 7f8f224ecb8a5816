package org.careslot.payments;

import static org.careslot.platform.SqlTime.utc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careslot.appointments.AppointmentService;
import org.careslot.appointments.AppointmentStatus;
import org.careslot.appointments.AppointmentView;
import org.careslot.appointments.PaymentStatus;
import org.careslot.appointments.VisitImport;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.Role;
import org.careslot.payments.PaymentRows.Payment;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paying for appointments: the patient's checkout (Stripe Checkout or the in-app test checkout),
 * their view of a payment, and payments imported from before CareSlot. What a payment then
 * becomes is {@link PaymentSettlement}'s to decide; giving fees back is {@link Refunds}'.
 */
@Service
public class PaymentService {

	/** Stripe refuses checkouts that expire sooner than this. */
	static final Duration MIN_CHECKOUT_LIFETIME = Duration.ofMinutes(30);

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final PaymentRows rows;
	private final PaymentSettlement settlement;
	private final AppointmentService appointments;
	private final VisitImport visits;
	private final PaymentGateway gateway;
	private final Clock clock;

	PaymentService(JdbcClient jdbc, JdbcTemplate batch, PaymentRows rows, PaymentSettlement settlement,
			AppointmentService appointments, VisitImport visits, PaymentGateway gateway, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.rows = rows;
		this.settlement = settlement;
		this.appointments = appointments;
		this.visits = visits;
		this.gateway = gateway;
		this.clock = clock;
	}

	public record CheckoutStarted(UUID paymentId, String url, boolean testMode) {
	}

	/** Opens (or reopens) a checkout for the patient's own appointment. */
	public CheckoutStarted checkout(CurrentUser me, UUID appointmentId) {
		AppointmentView appointment = appointments.find(me, appointmentId);
		if (!me.is(Role.PATIENT) || !appointment.patientId().equals(me.id())) {
			throw ApiException.notFound(Text.of("notFound.appointment"));
		}
		if (appointment.status() != AppointmentStatus.PENDING && appointment.status() != AppointmentStatus.CONFIRMED) {
			throw ApiException.conflict(Text.of("payment.nothingToPay", "status", appointment.status().name().toLowerCase(Locale.ROOT)));
		}
		if (appointment.paymentStatus() == PaymentStatus.PAID || appointment.paymentStatus() == PaymentStatus.REFUNDED) {
			throw ApiException.conflict(Text.of("payment.alreadyPaid"));
		}
		if (appointment.amountDue() == null || appointment.amountDue().signum() <= 0) {
			throw ApiException.conflict(Text.of("payment.noFee"));
		}
		Optional<Payment> open = rows.openOrPaid(appointmentId);
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
			return rows.openOrPaid(appointmentId).map(this::started).orElseThrow(() -> ex);
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
		Map<UUID, PaymentStatus> statuses = new HashMap<>();
		List<Object[]> imports = new ArrayList<>();
		for (ImportedPayment p : imported) {
			boolean refunded = p.state() == PaymentState.REFUNDED;
			imports.add(new Object[] { UUID.randomUUID(), p.appointmentId(), p.amount(), p.currency(), p.state().name(),
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
				""", imports);
		visits.importPaymentStatuses(statuses);
	}

	/** The paying patient's or an admin's view of one payment; 404 for everyone else. */
	@Transactional(readOnly = true)
	public PaymentView find(CurrentUser me, UUID paymentId) {
		Payment payment = rows.byId(paymentId).orElseThrow(() -> ApiException.notFound(Text.of("notFound.payment")));
		if (!me.is(Role.ADMIN) && !(me.is(Role.PATIENT) && payment.patientId().equals(me.id()))) {
			throw ApiException.notFound(Text.of("notFound.payment"));
		}
		return payment.view();
	}

	/** The in-app test checkout: the patient decides the outcome. Only in test mode. */
	@Transactional
	public PaymentView testCheckout(CurrentUser me, UUID paymentId, boolean pay) {
		PaymentView view = find(me, paymentId);
		if (!isTest() || !"test".equals(view.provider()) || !me.is(Role.PATIENT)) {
			throw ApiException.notFound(Text.of("notFound.payment"));
		}
		if (view.status() != PaymentState.OPEN) {
			throw ApiException.conflict(Text.of("payment.alreadyState", "state", view.status().name().toLowerCase(Locale.ROOT)));
		}
		if (pay) {
			settlement.markPaid(paymentId, null);
		}
		else {
			settlement.markFailed(paymentId);
		}
		return find(me, paymentId);
	}

	boolean isTest() {
		return gateway instanceof TestCheckoutGateway;
	}

	private CheckoutStarted started(Payment payment) {
		return new CheckoutStarted(payment.view().id(), payment.checkoutUrl(), isTest());
	}
}
