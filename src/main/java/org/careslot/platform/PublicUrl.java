package org.careslot.platform;

/**
 * Where patients and providers reach CareSlot from outside ({@code CARESLOT_PUBLIC_URL}): the
 * address Stripe sends patients back to and the one Stripe's and Twilio's webhooks are signed for.
 */
public record PublicUrl(String base) {

	public PublicUrl {
		base = base.replaceAll("/+$", "");
	}

	/** @param path starting with a slash */
	public String resolve(String path) {
		return base + path;
	}
}
