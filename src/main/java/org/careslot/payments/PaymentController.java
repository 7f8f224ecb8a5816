package org.careslot.payments;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.careslot.identity.CurrentUser;
import org.careslot.platform.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PaymentController {

	private final PaymentService payments;
	private final PaymentLedger ledger;
	private final Refunds refunds;
	private final java.time.Clock clock;

	PaymentController(PaymentService payments, PaymentLedger ledger, Refunds refunds, java.time.Clock clock) {
		this.clock = clock;
		this.payments = payments;
		this.ledger = ledger;
		this.refunds = refunds;
	}

	@PostMapping("/api/appointments/{id}/checkout")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start paying for the patient's own appointment", description = "Returns the checkout URL: Stripe Checkout, or the in-app test checkout in test mode.")
	PaymentService.CheckoutStarted checkout(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return payments.checkout(me, id);
	}

	@GetMapping("/api/payments/{id}")
	@Operation(summary = "One payment (the paying patient or an admin)")
	PaymentView payment(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return payments.find(me, id);
	}

	record TestOutcome(@NotNull @Pattern(regexp = "pay|fail", message = "must be pay or fail") String outcome) {
	}

	@PostMapping("/api/payments/{id}/test-checkout")
	@Operation(summary = "Test mode only: pay or decline an open payment without moving money")
	PaymentView testCheckout(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@Valid @RequestBody TestOutcome body) {
		return payments.testCheckout(me, id, body.outcome().equals("pay"));
	}

	@GetMapping("/api/admin/payments")
	@Operation(summary = "Payment log for a date range (UTC dates, at most 366 days)")
	List<PaymentView> log(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		checkRange(from, to);
		return ledger.log(from, to);
	}

	@GetMapping("/api/admin/revenue")
	@Operation(summary = "Revenue kept (paid minus refunded) by day and by doctor")
	PaymentLedger.Revenue revenue(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		checkRange(from, to);
		return ledger.revenue(from, to);
	}

	@GetMapping("/api/admin/refunds/outstanding")
	@Operation(summary = "Refunds still owed", description = "Fees CareSlot has to give back and has not yet: after a "
			+ "cancellation the policy refunds, or a payment that arrived for a visit no longer live. Oldest first, with "
			+ "how often the provider was asked and its last answer. Failed refunds are retried with a growing wait.")
	List<Refunds.OutstandingRefund> outstandingRefunds() {
		return refunds.outstanding();
	}

	private void checkRange(LocalDate from, LocalDate to) {
		org.careslot.platform.Plausible.date("from", from, clock);
		org.careslot.platform.Plausible.date("to", to, clock);
		if (to.isBefore(from)) {
			throw ApiException.invalid("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(from, to) > 366) {
			throw ApiException.invalid("to", "the range may cover at most 366 days");
		}
	}
}
