package org.careslot.support;

import java.util.UUID;

/** Unique, valid sign-up data so tests never collide on the shared database. */
public final class Accounts {

	public static final String PASSWORD = "correct-horse-battery-42";

	private Accounts() {
	}

	public static String email(String hint) {
		return hint + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
	}
}
