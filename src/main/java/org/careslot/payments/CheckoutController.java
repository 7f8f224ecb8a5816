package org.careslot.payments;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careslot.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The patient starts paying for their own appointment. */
@RestController
@RequestMapping("/api/appointments/{id}/checkout")
@Tag(name = "Payments")
class CheckoutController {

	private final PaymentService payments;

	CheckoutController(PaymentService payments) {
		this.payments = payments;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start paying for the patient's own appointment", description = "Returns the checkout URL: Stripe Checkout, or the in-app test checkout in test mode.")
	PaymentService.CheckoutStarted checkout(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return payments.checkout(me, id);
	}
}
