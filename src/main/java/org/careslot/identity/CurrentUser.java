package org.careslot.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal, kept in the session. Controllers take it with
 * {@code @AuthenticationPrincipal CurrentUser me}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;
	private final String email;
	private final Role role;
	private final boolean enabled;
	private String passwordHash;

	CurrentUser(UUID id, String email, Role role, boolean enabled, String passwordHash) {
		this.id = id;
		this.email = email;
		this.role = role;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public UUID id() {
		return id;
	}

	public Role role() {
		return role;
	}

	public boolean is(Role r) {
		return role == r;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
