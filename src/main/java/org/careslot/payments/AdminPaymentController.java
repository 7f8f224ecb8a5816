package org.careslot.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careslot.platform.ApiException;
import org.careslot.platform.Plausible;
import org.careslot.platform.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Money as administrators see it: the payment log, revenue, and refunds still owed. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Payments")
class AdminPaymentController {

	private final PaymentLedger ledger;
	private final Refunds refunds;
	private final Clock clock;

	AdminPaymentController(PaymentLedger ledger, Refunds refunds, Clock clock) {
		this.ledger = ledger;
		this.refunds = refunds;
		this.clock = clock;
	}

	@GetMapping("/payments")
	@Operation(summary = "Payment log for a date range (UTC dates, at most 366 days)")
	List<PaymentView> log(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		checkRange(from, to);
		return ledger.log(from, to);
	}

	@GetMapping("/revenue")
	@Operation(summary = "Revenue kept (paid minus refunded) by day and by doctor")
	PaymentLedger.Revenue revenue(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		checkRange(from, to);
		return ledger.revenue(from, to);
	}

	@GetMapping("/refunds/outstanding")
	@Operation(summary = "Refunds still owed", description = "Fees CareSlot has to give back and has not yet: after a "
			+ "cancellation the policy refunds, or a payment that arrived for a visit no longer live. Oldest first, with "
			+ "how often the provider was asked and its last answer. Failed refunds are retried with a growing wait.")
	List<Refunds.OutstandingRefund> outstandingRefunds() {
		return refunds.outstanding();
	}

	private void checkRange(LocalDate from, LocalDate to) {
		Plausible.date("from", from, clock);
		Plausible.date("to", to, clock);
		if (to.isBefore(from)) {
			throw ApiException.invalid("to", Text.of("range.toNotBeforeFrom"));
		}
		if (ChronoUnit.DAYS.between(from, to) > 366) {
			throw ApiException.invalid("to", Text.of("range.max366Days"));
		}
	}
}
