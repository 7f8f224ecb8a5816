package org.careslot.platform.web;

/** Lets tests outside the package check the proxy pattern. */
public final class TrustedProxiesAccess {

	private TrustedProxiesAccess() {
	}

	public static String pattern(String proxies) {
		return TrustedProxies.pattern(proxies);
	}
}
