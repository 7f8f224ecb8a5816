package org.careslot.payments;

import java.util.UUID;

/**
 * A paid fee is to be given back, decided inside a transaction that must not wait for the
 * provider (a Stripe webhook): the refund itself runs after the commit, and is retried with the
 * event until the provider takes it.
 */
public record RefundRequested(UUID paymentId, UUID appointmentId) {
}
