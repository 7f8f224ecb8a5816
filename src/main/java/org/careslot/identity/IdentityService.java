package org.careslot.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.careslot.platform.ApiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
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

	IdentityService(UserRepository users, PasswordEncoder encoder, PasswordPolicy passwordPolicy,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates an account. Fails with 400 naming the field for a weak password or a bad phone
	 * number, and 409 when the email is taken (in any letter case).
	 */
	@Transactional
	public UserView createAccount(String email, String password, String fullName, String phone, Role role) {
		String normalizedEmail = normalizeEmail(email);
		passwordPolicy.problem(password, normalizedEmail).ifPresent(problem -> {
			throw ApiException.invalid("password", problem);
		});
		String e164 = null;
		if (StringUtils.hasText(phone)) {
			e164 = PhoneNumbers.toE164(phone)
				.orElseThrow(() -> ApiException.invalid("phone", "must be an international number such as +14155550123"));
		}
		if (users.existsByEmail(normalizedEmail)) {
			throw emailTaken();
		}
		User user = new User(normalizedEmail, encoder.encode(password), fullName.strip(), e164, role, clock.instant());
		try {
			users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw emailTaken(); // lost a race with a concurrent sign-up
		}
		events.publishEvent(new UserRegistered(user.id(), role));
		return user.view();
	}

	@Transactional(readOnly = true)
	public Optional<UserView> findById(UUID id) {
		return users.findById(id).map(User::view);
	}

	@Transactional(readOnly = true)
	public Optional<UserView> findByEmail(String email) {
		return users.findByEmail(normalizeEmail(email)).map(User::view);
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
		return users.findById(id).map(User::principal).orElseThrow(() -> ApiException.notFound("Account"));
	}

	static String normalizeEmail(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private static ApiException emailTaken() {
		return ApiException.conflict("email", "An account with this email already exists");
	}
}
