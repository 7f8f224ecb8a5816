package org.careslot.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An account: who someone is, how they sign in and how they are reached. Changes go through the
 * methods below and are written by {@link UserRepository#update}.
 */
class User {

	private final UUID id;

	private final String email;

	private final String passwordHash;

	private String fullName;

	private String phone;

	private final Role role;

	private boolean enabled;

	private String language;

	private String timeZone;

	/** When the owner proved the phone number is theirs; null = not (yet) proved, no texts go to it. */
	private Instant phoneVerifiedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	/** Read with the row; the second factor itself lives in its own table (TwoFactorService). */
	private final boolean twoFactorEnabled;

	/** Optimistic lock: the row's version when it was read. */
	private long version;

	/** An account as stored. */
	User(UUID id, String email, String passwordHash, String fullName, String phone, Role role, boolean enabled,
			String language, String timeZone, Instant phoneVerifiedAt, Instant createdAt, Instant updatedAt,
			boolean twoFactorEnabled, long version) {
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.phone = phone;
		this.role = role;
		this.enabled = enabled;
		this.language = language;
		this.timeZone = timeZone;
		this.phoneVerifiedAt = phoneVerifiedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.twoFactorEnabled = twoFactorEnabled;
		this.version = version;
	}

	User(String email, String passwordHash, String fullName, String phone, Role role, String language, Instant now) {
		this.id = UUID.randomUUID();
		this.email = email;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.phone = phone;
		this.role = role;
		this.enabled = true;
		this.language = language;
		this.createdAt = now;
		this.updatedAt = now;
		this.twoFactorEnabled = false;
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	String fullName() {
		return fullName;
	}

	String timeZone() {
		return timeZone;
	}

	Instant phoneVerifiedAt() {
		return phoneVerifiedAt;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}

	/** After a successful write: the row now carries the next version. */
	void written() {
		version++;
	}

	Role role() {
		return role;
	}

	boolean enabled() {
		return enabled;
	}

	void rename(String fullName, Instant now) {
		this.fullName = fullName;
		this.updatedAt = now;
	}

	/** A new number is unproved until its owner enters the code sent to it. */
	void changePhone(String phone, Instant now) {
		if (!Objects.equals(this.phone, phone)) {
			this.phoneVerifiedAt = null;
		}
		this.phone = phone;
		this.updatedAt = now;
	}

	String phone() {
		return phone;
	}

	boolean phoneVerified() {
		return phone != null && phoneVerifiedAt != null;
	}

	void phoneVerified(Instant now) {
		this.phoneVerifiedAt = now;
		this.updatedAt = now;
	}

	String language() {
		return language;
	}

	void changeLanguage(String language, Instant now) {
		this.language = language;
		this.updatedAt = now;
	}

	/** @param timeZone null = the doctor's zone */
	void changeTimeZone(String timeZone, Instant now) {
		this.timeZone = timeZone;
		this.updatedAt = now;
	}

	void setEnabled(boolean enabled, Instant now) {
		this.enabled = enabled;
		this.updatedAt = now;
	}

	AccountView account() {
		return new AccountView(id, email, fullName, role, phone, enabled, twoFactorEnabled);
	}

	/** @param twoFactorRequired whether this account's role must use a second factor */
	UserView view(boolean twoFactorRequired) {
		return new UserView(id, email, fullName, role, phone, phoneVerified(), language, timeZone, twoFactorEnabled,
				twoFactorRequired, passwordHash != null);
	}

	CurrentUser principal() {
		return new CurrentUser(id, email, role, enabled, passwordHash);
	}
}
