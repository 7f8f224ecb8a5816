package org.careslot.payments;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.careslot.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One payment, as the paying patient (or an admin) sees it, and the test-mode checkout page's outcome. */
@RestController
@RequestMapping("/api/payments/{id}")
@Tag(name = "Payments")
class PaymentController {

	private final PaymentService payments;

	PaymentController(PaymentService payments) {
		this.payments = payments;
	}

	record TestOutcome(@NotNull @Pattern(regexp = "pay|fail", message = "{careslot.payOrFail}") String outcome) {
	}

	@GetMapping
	@Operation(summary = "One payment (the paying patient or an admin)")
	PaymentView payment(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return payments.find(me, id);
	}

	@PostMapping("/test-checkout")
	@Operation(summary = "Test mode only: pay or decline an open payment without moving money")
	PaymentView testCheckout(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@Valid @RequestBody TestOutcome body) {
		return payments.testCheckout(me, id, body.outcome().equals("pay"));
	}
}
