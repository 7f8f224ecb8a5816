package org.careslot.support;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Puts a confirmed phone number on a signed-in test account, the way a person does it. */
public final class Phones {

	private Phones() {
	}

	/** A number no other test uses (the suite and the journeys share one database). */
	public static String unique() {
		return "+49151" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
	}

	/** Adds the number (with the account's password), asks for the code, reads it from "My messages", confirms it. */
	public static String confirm(ApiClient account, String phone) {
		var changed = account.patch("/api/me", "{\"phone\":\"%s\",\"currentPassword\":\"%s\"}".formatted(phone, Accounts.PASSWORD));
		require(changed.status() == 200, changed);
		var sent = account.post("/api/me/phone/code", null);
		require(sent.status() == 202, sent);
		List<String> codes = account.get("/api/notifications").json("$[?(@.kind == 'VERIFY')].message");
		String code = codes.get(0).replaceAll(".*?(\\d{6}).*", "$1");
		var verified = account.post("/api/me/phone/verify", "{\"code\":\"" + code + "\"}");
		require(verified.status() == 200, verified);
		return phone;
	}

	private static void require(boolean ok, ApiClient.Response response) {
		if (!ok) {
			throw new IllegalStateException("phone confirmation failed: " + response);
		}
	}
}
