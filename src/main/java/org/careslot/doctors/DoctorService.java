package org.careslot.doctors;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careslot.identity.IdentityService;
import org.careslot.identity.Role;
import org.careslot.identity.UserView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** The doctor directory: profiles, their weekly hours, and search. */
@Service
public class DoctorService {

	private final DoctorRepository doctors;
	private final IdentityService identity;
	private final JdbcClient jdbc;
	private final Clock clock;

	DoctorService(DoctorRepository doctors, IdentityService identity, JdbcClient jdbc, Clock clock) {
		this.doctors = doctors;
		this.identity = identity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Creates the doctor's account and their listed profile in one transaction. */
	@Transactional
	public DoctorView createDoctor(NewDoctor profile) {
		UserView account = identity.createAccount(profile.email(), profile.password(), profile.fullName(), null,
				Role.DOCTOR);
		return doctors.save(new Doctor(account.id(), profile, clock.instant())).view();
	}

	@Transactional(readOnly = true)
	public Optional<DoctorView> find(UUID id) {
		return doctors.findById(id).map(Doctor::view);
	}

	/**
	 * Listed doctors, optionally of one specialty and matching a name or specialty query
	 * (typo-tolerant through trigram similarity), best matches first.
	 */
	@Transactional(readOnly = true)
	public DoctorPage search(String specialty, String query, int page, int size) {
		String q = StringUtils.hasText(query) ? query.strip() : null;
		String s = StringUtils.hasText(specialty) ? specialty.strip() : null;
		String where = """
				WHERE listed
				  AND (CAST(:specialty AS text) IS NULL OR lower(specialty) = lower(:specialty))
				  AND (CAST(:q AS text) IS NULL OR full_name ILIKE '%' || :q || '%' OR specialty ILIKE '%' || :q || '%'
				       OR word_similarity(:q, full_name) > 0.35)
				""";
		long total = jdbc.sql("SELECT count(*) FROM doctors " + where)
			.param("specialty", s)
			.param("q", q)
			.query(Long.class)
			.single();
		List<DoctorSummary> items = jdbc.sql("""
				SELECT id, full_name, specialty, bio, years_of_experience, languages, time_zone, fee_amount, fee_currency,
				       accepting_new_patients, photo_url
				FROM doctors
				""" + where + """
				ORDER BY CASE WHEN CAST(:q AS text) IS NULL THEN 0 ELSE word_similarity(:q, full_name) END DESC, full_name, id
				LIMIT :limit OFFSET :offset
				""")
			.param("specialty", s)
			.param("q", q)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(DoctorService::summary)
			.list();
		return new DoctorPage(items, total, page, size);
	}

	@Transactional(readOnly = true)
	public List<String> specialties() {
		return jdbc.sql("SELECT DISTINCT specialty FROM doctors WHERE listed ORDER BY specialty").query(String.class).list();
	}

	@Transactional(readOnly = true)
	public long count() {
		return doctors.count();
	}

	private static DoctorSummary summary(ResultSet rs, int row) throws SQLException {
		Array languages = rs.getArray("languages");
		return new DoctorSummary(rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getString("specialty"),
				rs.getString("bio"), rs.getInt("years_of_experience"), List.of((String[]) languages.getArray()),
				rs.getString("time_zone"),
				new Money(rs.getObject("fee_amount", BigDecimal.class), rs.getString("fee_currency")),
				rs.getBoolean("accepting_new_patients"), rs.getString("photo_url"));
	}
}
