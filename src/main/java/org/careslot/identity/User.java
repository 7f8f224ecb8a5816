package org.careslot.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "users")
class User {

	@Id
	private UUID id;

	@Column(columnDefinition = "citext")
	private String email;

	private String passwordHash;

	private String fullName;

	private String phone;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	private String language;

	private String timeZone;

	/** When the owner proved the phone number is theirs; null = not (yet) proved, no texts go to it. */
	private Instant phoneVerifiedAt;

	private Instant createdAt;

	private Instant updatedAt;

	/** Read with the row; the second factor itself lives in its own table (TwoFactorService). */
	@Formula("(exists (select 1 from two_factor tf where tf.user_id = id and tf.enabled_at is not null))")
	private boolean twoFactorEnabled;

	@Version
	private Long version;

	protected User() {
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
		if (!java.util.Objects.equals(this.phone, phone)) {
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
