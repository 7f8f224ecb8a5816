package org.careslot.payments;

import java.math.BigDecimal;
import java.util.Currency;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import org.careslot.platform.ApiException;
import org.careslot.platform.PublicUrl;
import org.careslot.platform.Text;
import org.springframework.http.HttpStatus;

/** Stripe Checkout through stripe-java, with an Idempotency-Key on every call that creates something. */
final class StripeGateway implements PaymentGateway {

	private final StripeClient stripe;
	private final PublicUrl publicUrl;

	StripeGateway(PaymentProperties properties, PublicUrl publicUrl) {
		this.stripe = StripeClient.builder()
			.setApiKey(properties.stripe().secretKey())
			.setApiBase(properties.stripe().apiBase())
			.setConnectTimeout(5_000)
			.setReadTimeout(Math.toIntExact(properties.stripe().readTimeout().toMillis()))
			.setMaxNetworkRetries(2) // safe: every create carries an idempotency key
			.build();
		this.publicUrl = publicUrl;
	}

	@Override
	public String name() {
		return "stripe";
	}

	@Override
	public Checkout createCheckout(CheckoutRequest request) {
		SessionCreateParams params = SessionCreateParams.builder()
			.setMode(SessionCreateParams.Mode.PAYMENT)
			.setClientReferenceId(request.paymentId().toString())
			.putMetadata("payment_id", request.paymentId().toString())
			.putMetadata("appointment_id", request.appointmentId().toString())
			.setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
				.putMetadata("payment_id", request.paymentId().toString())
				.build())
			.setCustomerEmail(request.customerEmail())
			.setExpiresAt(request.expiresAt().getEpochSecond())
			.setSuccessUrl(publicUrl.resolve("/appointments?paid=" + request.paymentId()))
			.setCancelUrl(publicUrl.resolve("/appointments?payment=cancelled"))
			.addLineItem(SessionCreateParams.LineItem.builder()
				.setQuantity(1L)
				.setPriceData(SessionCreateParams.LineItem.PriceData.builder()
					.setCurrency(request.currency().toLowerCase())
					.setUnitAmount(minorUnits(request.amount(), request.currency()))
					.setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
						.setName(request.description())
						.build())
					.build())
				.build())
			.build();
		try {
			Session session = stripe.v1().checkout().sessions().create(params, keyed(request.idempotencyKey()));
			return new Checkout(session.getId(), session.getUrl());
		}
		catch (StripeException ex) {
			throw unavailable(ex);
		}
	}

	@Override
	public void refund(String transactionId, String paymentIntentId, BigDecimal amount, String currency,
			String idempotencyKey) {
		try {
			stripe.v1().refunds().create(RefundCreateParams.builder()
				.setPaymentIntent(paymentIntentId)
				.setAmount(minorUnits(amount, currency))
				.build(), keyed(idempotencyKey));
		}
		catch (StripeException ex) {
			throw new RefundFailed("Stripe (" + (ex.getStatusCode() == null ? "no answer" : "HTTP " + ex.getStatusCode())
					+ "): " + ex.getMessage(), ex);
		}
	}

	/** The session as Stripe has it now: used when a webhook's story is doubtful. */
	Session fetchSession(String sessionId) {
		try {
			return stripe.v1().checkout().sessions().retrieve(sessionId);
		}
		catch (StripeException ex) {
			throw unavailable(ex);
		}
	}

	/** Verifies the Stripe-Signature header (HMAC and age) and parses the event. */
	com.stripe.model.Event verify(String payload, String signature, String secret, long toleranceSeconds)
			throws com.stripe.exception.SignatureVerificationException {
		return stripe.constructEvent(payload, signature, secret, toleranceSeconds);
	}

	static long minorUnits(BigDecimal amount, String currency) {
		return amount.movePointRight(Currency.getInstance(currency).getDefaultFractionDigits()).longValueExact();
	}

	private static RequestOptions keyed(String idempotencyKey) {
		return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
	}

	private static ApiException unavailable(StripeException ex) {
		return new ApiException(HttpStatus.BAD_GATEWAY, Text.of("title.paymentProviderUnavailable"),
				Text.of("payment.providerUnavailable", "error", ex.getClass().getSimpleName()), java.util.List.of());
	}
}
