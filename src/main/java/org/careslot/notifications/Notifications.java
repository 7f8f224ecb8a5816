package org.careslot.notifications;

/**
 * The module's former name for {@link NotificationService}. It stays only because
 * {@code appointments/TwoNodesTests} still asks for it, and that package is being rewritten in
 * another change; once that test names {@link NotificationService}, delete this.
 */
@Deprecated(forRemoval = true)
public interface Notifications {

	/** @see NotificationService#deliverDue() */
	int deliverDue();
}
