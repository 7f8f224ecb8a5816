package org.careslot.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, UUID> {

	/** Case-insensitive: the column is citext. */
	Optional<User> findByEmail(String email);

	boolean existsByEmail(String email);
}
