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
import org.careslot.platform.ApiException;
import org.careslot.scheduling.SchedulingService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** The doctor directory: profiles, approval of self-registered doctors, and search. */
@Service
public class DoctorService {

	private final DoctorRepository doctors;
	private final IdentityService identity;
	private final SchedulingService scheduling;
	private final JdbcClient jdbc;
	private final Clock clock;

	DoctorService(DoctorRepository doctors, IdentityService identity, SchedulingService scheduling, JdbcClient jdbc,
			Clock clock) {
		this.doctors = doctors;
		this.identity = identity;
		this.scheduling = scheduling;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates the doctor's account, profile and first schedule in one transaction.
	 * @param listed false for self-registration, which waits for an administrator
	 */
	@Transactional
	public DoctorView createDoctor(NewDoctor profile, boolean listed) {
		UserView account = identity.createAccount(profile.email(), profile.password(), profile.fullName(), null,
				Role.DOCTOR);
		Doctor doctor = doctors.saveAndFlush(new Doctor(account.id(), profile, listed, clock.instant()));
		scheduling.replaceSchedule(doctor.id(), profile.schedule());
		return view(doctor);
	}

	/** Any doctor, listed or not (for the doctor themself, admins, and existing appointments). */
	@Transactional(readOnly = true)
	public Optional<DoctorView> find(UUID id) {
		return doctors.findById(id).map(this::view);
	}

	/** What the public may see: listed doctors only. */
	@Transactional(readOnly = true)
	public Optional<DoctorView> findListed(UUID id) {
		return doctors.findById(id).filter(Doctor::listed).map(this::view);
	}

	/** What booking needs to know about a doctor, in one cheap query; empty unless listed. */
	public record BookingTerms(UUID doctorId, boolean prepaymentRequired) {
	}

	@Transactional(readOnly = true)
	public Optional<BookingTerms> bookingTerms(UUID doctorId) {
		return jdbc.sql("SELECT prepayment_required FROM doctors WHERE id = :id AND listed")
			.param("id", doctorId)
			.query((rs, n) -> new BookingTerms(doctorId, rs.getBoolean(1)))
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<DoctorView> findByUserId(UUID userId) {
		return doctors.findByUserId(userId).map(this::view);
	}

	@Transactional(readOnly = true)
	public List<DoctorView> byListing(boolean listed) {
		return doctors.findByListedOrderByFullName(listed).stream().map(this::view).toList();
	}

	@Transactional
	public DoctorView approve(UUID id) {
		Doctor doctor = doctors.findById(id).orElseThrow(() -> ApiException.notFound("Doctor"));
		doctor.approve();
		return view(doctor);
	}

	/**
	 * Listed doctors, optionally of one specialty, speaking a language, and matching a name or
	 * specialty query (typo-tolerant through trigram similarity), best matches first.
	 */
	@Transactional(readOnly = true)
	public DoctorPage search(String specialty, String query, String language, int page, int size) {
		String q = StringUtils.hasText(query) ? query.strip() : null;
		String s = StringUtils.hasText(specialty) ? specialty.strip() : null;
		String lang = StringUtils.hasText(language) ? language.strip() : null;
		String where = """
				WHERE d.listed
				  AND (CAST(:specialty AS text) IS NULL OR lower(d.specialty) = lower(:specialty))
				  AND (CAST(:lang AS text) IS NULL OR CAST(:lang AS text) = ANY (d.languages))
				  AND (CAST(:q AS text) IS NULL OR d.full_name ILIKE '%' || :q || '%' OR d.specialty ILIKE '%' || :q || '%'
				       OR word_similarity(:q, d.full_name) > 0.35)
				""";
		long total = jdbc.sql("SELECT count(*) FROM doctors d " + where)
			.param("specialty", s)
			.param("lang", lang)
			.param("q", q)
			.query(Long.class)
			.single();
		List<DoctorSummary> items = jdbc.sql("""
				SELECT d.id, d.full_name, d.specialty, d.bio, d.years_of_experience, d.languages, s.time_zone,
				       d.fee_amount, d.fee_currency, d.accepting_new_patients, d.photo_url
				FROM doctors d LEFT JOIN doctor_schedules s ON s.doctor_id = d.id
				""" + where + """
				ORDER BY CASE WHEN CAST(:q AS text) IS NULL THEN 0 ELSE word_similarity(:q, d.full_name) END DESC,
				         d.full_name, d.id
				LIMIT :limit OFFSET :offset
				""")
			.param("specialty", s)
			.param("lang", lang)
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

	private DoctorView view(Doctor doctor) {
		return doctor.view(scheduling.rules(doctor.id()).orElse(null));
	}

	private static DoctorSummary summary(ResultSet rs, int row) throws SQLException {
		Array languages = rs.getArray("languages");
		return new DoctorSummary(rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getString("specialty"),
				rs.getString("bio"), rs.getInt("years_of_experience"), List.of((String[]) languages.getArray()),
				rs.getString("time_zone"),
				new Money(rs.getObject("fee_amount", BigDecimal.class), rs.getString("fee_currency")),
				rs.getBoolean("accepting_new_patients"), rs.getString("photo_url"), null);
	}
}
