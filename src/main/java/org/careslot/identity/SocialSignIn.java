package org.careslot.identity;

import static org.careslot.platform.SqlTime.utc;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Turns a provider's identity into a CareSlot account: the account already linked to it, else
 * the account with the same email when the provider vouches for that email (linked from then
 * on), else a new patient account. An email the provider has not verified never reaches an
 * existing account nor claims a new one.
 */
@Service
class SocialSignIn {

	/** Why a social sign-in was refused; the code goes to the sign-in page. */
	static final class Refused extends RuntimeException {

		private final String code;

		Refused(String code, String message) {
			super(message);
			this.code = code;
		}

		String code() {
			return code;
		}
	}

	/** What the provider told us about the person. */
	record Identity(String provider, String subject, String email, boolean emailVerified, String name) {
	}

	private final UserRepository users;
	private final JdbcClient jdbc;
	private final Clock clock;

	SocialSignIn(UserRepository users, JdbcClient jdbc, Clock clock) {
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	CurrentUser signIn(Identity identity, String language) {
		Optional<UUID> linked = jdbc.sql("SELECT user_id FROM social_accounts WHERE provider = :provider AND subject = :subject")
			.param("provider", identity.provider())
			.param("subject", identity.subject())
			.query(UUID.class)
			.optional();
		User user = linked.flatMap(users::findById).orElseGet(() -> linkOrCreate(identity, language));
		if (!user.enabled()) {
			throw new Refused("account_disabled", "This account is deactivated");
		}
		return user.principal();
	}

	private User linkOrCreate(Identity identity, String language) {
		if (!StringUtils.hasText(identity.email()) || !identity.emailVerified()) {
			throw new Refused("unverified_email", "The provider did not confirm an email address for this account");
		}
		String email = IdentityService.normalizeEmail(identity.email());
		User user = users.findByEmail(email).orElseGet(() -> {
			String name = StringUtils.hasText(identity.name()) ? identity.name().strip() : email;
			User created = new User(email, null, name.length() > 200 ? name.substring(0, 200) : name, null, Role.PATIENT,
					language, clock.instant());
			users.insert(created);
			return created;
		});
		boolean otherLinked = jdbc.sql("SELECT EXISTS (SELECT 1 FROM social_accounts WHERE user_id = :user AND provider = :provider)")
			.param("user", user.id())
			.param("provider", identity.provider())
			.query(Boolean.class)
			.single();
		if (otherLinked) {
			throw new Refused("already_linked", "This account is linked to another " + identity.provider() + " account");
		}
		jdbc.sql("""
				INSERT INTO social_accounts (provider, subject, user_id, email, linked_at)
				VALUES (:provider, :subject, :user, :email, :now)
				""")
			.param("provider", identity.provider())
			.param("subject", identity.subject())
			.param("user", user.id())
			.param("email", email)
			.param("now", utc(clock.instant()))
			.update();
		return user;
	}
}
