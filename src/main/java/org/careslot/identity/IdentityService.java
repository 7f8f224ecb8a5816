package org.careslot.identity;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.careslot.platform.ApiException;
import org.careslot.platform.PhoneNumbers;
import org.careslot.platform.Languages;
import org.careslot.platform.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Accounts: creation under the password and phone rules, and look-ups by id or email. */
@Service
public class IdentityService implements UserDetailsService {

	private final UserRepository users;
	private final PasswordEncoder encoder;
	private final PasswordPolicy passwordPolicy;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TwoFactorService twoFactor;

	IdentityService(UserRepository users, PasswordEncoder encoder, PasswordPolicy passwordPolicy,
			ApplicationEventPublisher events, Clock clock, TwoFactorService twoFactor) {
		this.users = users;
		this.encoder = encoder;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
		this.clock = clock;
		this.twoFactor = twoFactor;
	}

	/**
	 * Creates an account. Fails with 400 naming the field for a weak password or a bad phone
	 * number, and 409 when the email is taken (in any letter case).
	 */
	@Transactional
	public UserView createAccount(String email, String password, String fullName, String phone, Role role) {
		return createAccount(email, password, fullName, phone, role, Languages.DEFAULT);
	}

	/** @param language one of {@link Languages#SUPPORTED} */
	public UserView createAccount(String email, String password, String fullName, String phone, Role role, String language) {
		String normalizedEmail = AccountNames.email(email, "email");
		AccountNames.requireNoTitle(fullName, role, "fullName");
		passwordPolicy.problem(password, normalizedEmail).ifPresent(problem -> {
			throw ApiException.invalid("password", problem);
		});
		String e164 = null;
		if (StringUtils.hasText(phone)) {
			e164 = PhoneNumbers.toE164(phone)
				.orElseThrow(() -> ApiException.invalid("phone", Text.of("phone.international")));
		}
		if (users.existsByEmail(normalizedEmail)) {
			throw emailTaken();
		}
		User user = new User(normalizedEmail, encoder.encode(password), fullName.strip(), e164, role,
				Languages.supported(language) ? language : Languages.DEFAULT, clock.instant());
		try {
			users.insert(user);
		}
		catch (DuplicateKeyException ex) {
			throw emailTaken(); // lost a race with a concurrent sign-up
		}
		return view(user);
	}

	/**
	 * What a person may change about themselves; null leaves a field as it is. An empty phone
	 * removes the number, an empty time zone goes back to the doctor's.
	 */
	public record ProfileChange(String fullName, String phone, String language, String timeZone) {
	}

	/** Changes the caller's own profile; 400 naming the field for anything invalid, nothing changed then. */
	@Transactional
	public UserView updateProfile(UUID id, ProfileChange change) {
		User user = users.findById(id).orElseThrow(() -> ApiException.notFound(Text.of("notFound.account")));
		Instant now = clock.instant();
		if (change.fullName() != null) {
			if (change.fullName().isBlank()) {
				throw ApiException.invalid("fullName", Text.of("field.notBlank"));
			}
			AccountNames.requireNoTitle(change.fullName(), user.role(), "fullName");
			user.rename(change.fullName().strip(), now);
			events.publishEvent(new AccountRenamed(id, change.fullName().strip()));
		}
		boolean contactChanged = false;
		if (change.phone() != null) {
			user.changePhone(change.phone().isBlank() ? null
					: PhoneNumbers.toE164(change.phone())
						.orElseThrow(() -> ApiException.invalid("phone", Text.of("phone.international"))),
					now);
			contactChanged = true;
		}
		if (change.language() != null) {
			if (!Languages.supported(change.language())) {
				throw ApiException.invalid("language", Text.of("field.oneOf", "values", String.join(", ", Languages.SUPPORTED)));
			}
			user.changeLanguage(change.language(), now);
			contactChanged = true;
		}
		if (change.timeZone() != null) {
			user.changeTimeZone(change.timeZone().isBlank() ? null : zone(change.timeZone()), now);
			contactChanged = true;
		}
		users.update(user); // before the events: listeners read the new values with SQL in this transaction
		if (contactChanged) {
			events.publishEvent(new ContactPreferencesChanged(id));
		}
		return view(user);
	}

	private static String zone(String id) {
		try {
			return ZoneId.of(id.strip()).getId();
		}
		catch (DateTimeException ex) {
			throw ApiException.invalid("timeZone", Text.of("field.timeZone"));
		}
	}

	@Transactional(readOnly = true)
	public java.util.List<AccountView> accounts(Role role, String query) {
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		return users.search(role, q, 500).stream().map(User::account).toList();
	}

	@Transactional(readOnly = true)
	boolean hasPassword(UUID id) {
		return users.findById(id).map(u -> u.passwordHash() != null).orElse(false);
	}

	@Transactional(readOnly = true)
	boolean passwordMatches(UUID id, String password) {
		return users.findById(id).map(User::passwordHash).map(hash -> encoder.matches(password, hash)).orElse(false);
	}

	@Transactional(readOnly = true)
	public AccountView account(UUID id) {
		return users.findById(id).map(User::account).orElseThrow(() -> ApiException.notFound(Text.of("notFound.account")));
	}

	/** Deactivated accounts cannot sign in; their open sessions end at once. */
	@Transactional
	public AccountView setEnabled(UUID id, boolean enabled) {
		User user = users.findById(id).orElseThrow(() -> ApiException.notFound(Text.of("notFound.account")));
		user.setEnabled(enabled, clock.instant());
		users.update(user);
		return user.account();
	}

	@Transactional(readOnly = true)
	public Optional<UserView> findById(UUID id) {
		return users.findById(id).map(this::view);
	}

	/** A patient account that may still sign in (and so be booked for); empty otherwise. */
	@Transactional(readOnly = true)
	public Optional<UserView> findActivePatient(UUID id) {
		return users.findById(id).filter(u -> u.role() == Role.PATIENT && u.enabled()).map(this::view);
	}

	@Transactional(readOnly = true)
	public Optional<UserView> findByEmail(String email) {
		return users.findByEmail(normalizeEmail(email)).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public CurrentUser loadUserByUsername(String email) {
		return users.findByEmail(normalizeEmail(email))
			.filter(u -> u.passwordHash() != null)
			.map(User::principal)
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	@Transactional(readOnly = true)
	CurrentUser principalOf(UUID id) {
		return users.findById(id).map(User::principal).orElseThrow(() -> ApiException.notFound(Text.of("notFound.account")));
	}

	private UserView view(User user) {
		return user.view(twoFactor.required(user.role()));
	}

	static String normalizeEmail(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private static ApiException emailTaken() {
		return ApiException.conflict("email", Text.of("account.emailTaken"));
	}
}
