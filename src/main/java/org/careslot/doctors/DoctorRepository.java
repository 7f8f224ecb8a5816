package org.careslot.doctors;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careslot.platform.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code doctors} table: profiles in, profiles out, and the one change an administrator makes (approval). */
@Repository
class DoctorRepository {

	private final JdbcClient jdbc;

	DoctorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Doctor> findById(UUID id) {
		return jdbc.sql("SELECT * FROM doctors WHERE id = :id").param("id", id).query(DoctorRepository::map).optional();
	}

	Optional<Doctor> findByUserId(UUID userId) {
		return jdbc.sql("SELECT * FROM doctors WHERE user_id = :user").param("user", userId)
			.query(DoctorRepository::map)
			.optional();
	}

	List<Doctor> findByListed(boolean listed) {
		return jdbc.sql("SELECT * FROM doctors WHERE listed = :listed ORDER BY full_name, id").param("listed", listed)
			.query(DoctorRepository::map)
			.list();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM doctors").query(Long.class).single();
	}

	void insert(Doctor d) {
		Practice practice = d.practice() == null ? new Practice(null, null, null, null) : d.practice();
		jdbc.sql("""
				INSERT INTO doctors (id, user_id, full_name, specialty, bio, years_of_experience, languages, fee_amount,
				  fee_currency, accepting_new_patients, prepayment_required, photo_url, practice_name, practice_address,
				  practice_city, practice_phone, listed, created_at, version)
				VALUES (:id, :user, :name, :specialty, :bio, :years, CAST(:languages AS text[]), :fee, :currency, :accepting,
				  :prepayment, :photo, :practiceName, :practiceAddress, :practiceCity, :practicePhone, :listed, :created, 0)
				""")
			.param("id", d.id())
			.param("user", d.userId())
			.param("name", d.fullName())
			.param("specialty", d.specialty())
			.param("bio", d.bio())
			.param("years", d.yearsOfExperience())
			.param("languages", d.languages().toArray(String[]::new))
			.param("fee", d.fee().amount())
			.param("currency", d.fee().currency())
			.param("accepting", d.acceptingNewPatients())
			.param("prepayment", d.prepaymentRequired())
			.param("photo", d.photoUrl())
			.param("practiceName", practice.name())
			.param("practiceAddress", practice.address())
			.param("practiceCity", practice.city())
			.param("practicePhone", practice.phone())
			.param("listed", d.listed())
			.param("created", SqlTime.utc(d.createdAt()))
			.update();
	}

	/** @return the listed doctor; empty when there is no such doctor */
	Optional<Doctor> approve(UUID id) {
		return jdbc.sql("UPDATE doctors SET listed = TRUE, version = version + 1 WHERE id = :id RETURNING *")
			.param("id", id)
			.query(DoctorRepository::map)
			.optional();
	}

	private static Doctor map(ResultSet rs, int row) throws SQLException {
		return new Doctor(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("full_name"),
				rs.getString("specialty"), rs.getString("bio"), rs.getInt("years_of_experience"),
				List.of((String[]) rs.getArray("languages").getArray()),
				new Money(rs.getObject("fee_amount", BigDecimal.class), rs.getString("fee_currency")),
				rs.getBoolean("accepting_new_patients"), rs.getBoolean("prepayment_required"), rs.getString("photo_url"),
				Practice.of(rs.getString("practice_name"), rs.getString("practice_address"), rs.getString("practice_city"),
						rs.getString("practice_phone")),
				rs.getBoolean("listed"), SqlTime.instant(rs, "created_at"));
	}
}
