package org.careslot.doctors;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DoctorRepository extends JpaRepository<Doctor, UUID> {

	Optional<Doctor> findByUserId(UUID userId);

	List<Doctor> findByListedOrderByFullName(boolean listed);
}
