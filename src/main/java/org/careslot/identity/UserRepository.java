package org.careslot.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careslot.platform.SqlTime;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code users} table, in plain SQL like every other table: read a {@link User}, change it, write it back. */
@Repository
class UserRepository {

	private static final String SELECT = """
			SELECT u.*, EXISTS (SELECT 1 FROM two_factor tf WHERE tf.user_id = u.id AND tf.enabled_at IS NOT NULL) AS two_factor
			FROM users u
			""";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<User> findById(UUID id) {
		return jdbc.sql(SELECT + "WHERE u.id = :id").param("id", id).query(UserRepository::map).optional();
	}

	/** Case-insensitive: the column is citext. */
	Optional<User> findByEmail(String email) {
		return jdbc.sql(SELECT + "WHERE u.email = :email").param("email", email).query(UserRepository::map).optional();
	}

	boolean existsByEmail(String email) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE email = :email)").param("email", email)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Accounts by address, optionally of one role and containing a text (lower case) in the address
	 * or name; at most {@code limit}.
	 */
	List<User> search(Role role, String text, int limit) {
		return jdbc.sql(SELECT + """
				WHERE (CAST(:role AS text) IS NULL OR u.role = :role)
				  AND (:text = '' OR strpos(lower(CAST(u.email AS text)), :text) > 0 OR strpos(lower(u.full_name), :text) > 0)
				ORDER BY u.email
				LIMIT :limit
				""")
			.param("role", role == null ? null : role.name())
			.param("text", text)
			.param("limit", limit)
			.query(UserRepository::map)
			.list();
	}

	/** @throws org.springframework.dao.DuplicateKeyException when the address is taken */
	void insert(User user) {
		jdbc.sql("""
				INSERT INTO users (id, email, password_hash, full_name, phone, role, enabled, language, time_zone,
				  phone_verified_at, created_at, updated_at, version)
				VALUES (:id, :email, :hash, :name, :phone, :role, :enabled, :language, :zone, :verified, :created, :updated, 0)
				""")
			.param("id", user.id())
			.param("email", user.email())
			.param("hash", user.passwordHash())
			.param("name", user.fullName())
			.param("phone", user.phone())
			.param("role", user.role().name())
			.param("enabled", user.enabled())
			.param("language", user.language())
			.param("zone", user.timeZone())
			.param("verified", SqlTime.utc(user.phoneVerifiedAt()))
			.param("created", SqlTime.utc(user.createdAt()))
			.param("updated", SqlTime.utc(user.updatedAt()))
			.update();
	}

	/** Writes what a person may change; refuses a write over a change made since the account was read. */
	void update(User user) {
		int written = jdbc.sql("""
				UPDATE users SET full_name = :name, phone = :phone, enabled = :enabled, language = :language,
				  time_zone = :zone, phone_verified_at = :verified, updated_at = :updated, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("name", user.fullName())
			.param("phone", user.phone())
			.param("enabled", user.enabled())
			.param("language", user.language())
			.param("zone", user.timeZone())
			.param("verified", SqlTime.utc(user.phoneVerifiedAt()))
			.param("updated", SqlTime.utc(user.updatedAt()))
			.param("id", user.id())
			.param("version", user.version())
			.update();
		if (written != 1) {
			throw new OptimisticLockingFailureException("Account " + user.id() + " was changed meanwhile");
		}
		user.written();
	}

	private static User map(ResultSet rs, int row) throws SQLException {
		return new User(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("password_hash"),
				rs.getString("full_name"), rs.getString("phone"), Role.valueOf(rs.getString("role")),
				rs.getBoolean("enabled"), rs.getString("language"), rs.getString("time_zone"),
				SqlTime.instant(rs, "phone_verified_at"), SqlTime.instant(rs, "created_at"),
				SqlTime.instant(rs, "updated_at"), rs.getBoolean("two_factor"), rs.getLong("version"));
	}
}
