package org.careslot.doctors;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careslot.identity.CurrentUser;
import org.careslot.identity.IdentityService;
import org.careslot.identity.Role;
import org.careslot.identity.UserView;
import org.careslot.platform.ApiException;
import org.careslot.platform.SqlTime;
import org.careslot.platform.Text;
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
		return createProfile(account.id(), profile, listed);
	}

	/** The profile and first schedule of a doctor whose account exists already (the demo clinic's). */
	@Transactional
	public DoctorView createProfile(UUID userId, NewDoctor profile, boolean listed) {
		Doctor doctor = Doctor.create(userId, profile, listed, clock.instant());
		doctors.insert(doctor);
		scheduling.replaceSchedule(doctor.id(), profile.schedule());
		return view(doctor);
	}

	/** Any doctor, listed or not (for the doctor themself, admins, and existing appointments). */
	@Transactional(readOnly = true)
	public Optional<DoctorView> find(UUID id) {
		return doctors.findById(id).map(this::view);
	}

	/** The doctor, if the caller is that doctor or an administrator; 404 for anyone else. */
	@Transactional(readOnly = true)
	public DoctorView manageable(UUID doctorId, CurrentUser me) {
		DoctorView doctor = find(doctorId).orElseThrow(() -> ApiException.notFound(Text.of("notFound.doctor")));
		if (me == null || !(me.is(Role.ADMIN) || doctor.userId().equals(me.id()))) {
			throw ApiException.notFound(Text.of("notFound.doctor"));
		}
		return doctor;
	}

	/** What the public may see: listed doctors whose account is active (a deactivated doctor disappears). */
	@Transactional(readOnly = true)
	public Optional<DoctorView> findListed(UUID id) {
		return bookingTerms(id).flatMap(terms -> doctors.findById(id)).map(this::view);
	}

	/** What booking needs to know about a doctor, in one cheap query; empty unless listed. */
	public record BookingTerms(UUID doctorId, boolean prepaymentRequired) {
	}

	@Transactional(readOnly = true)
	public Optional<BookingTerms> bookingTerms(UUID doctorId) {
		return jdbc.sql("""
				SELECT d.prepayment_required FROM doctors d JOIN users u ON u.id = d.user_id
				WHERE d.id = :id AND d.listed AND u.enabled
				""")
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
		return doctors.findByListed(listed).stream().map(this::view).toList();
	}

	@Transactional
	public DoctorView approve(UUID id) {
		return doctors.approve(id).map(this::view).orElseThrow(() -> ApiException.notFound(Text.of("notFound.doctor")));
	}

	/** What the directory was asked for; q, specialty and language null when not given. */
	record DirectoryQuery(String specialty, String q, String language, DirectorySort sort, int page, int size) {
	}

	/** A page, and which of its doctors' soonest free slots were not known to be current. */
	record DirectoryResult(DoctorPage page, java.util.Set<UUID> staleNextFree) {
	}

	/**
	 * Ranks a match: a specialty or a name that contains the words beats profile text, which beats
	 * a name that only looks alike (trigram similarity); -1 = no match. The pattern is literal.
	 */
	private static final String MATCHED = """
			WITH matched AS (
			  SELECT d.*, CASE
			    WHEN CAST(:q AS text) IS NULL THEN 0
			    WHEN d.specialty ILIKE :pattern ESCAPE '\\' OR word_similarity(:q, d.specialty) > 0.5 THEN 3
			    WHEN d.full_name ILIKE :pattern ESCAPE '\\' THEN 3
			    WHEN d.bio ILIKE :pattern ESCAPE '\\' THEN 2
			    WHEN word_similarity(:q, d.full_name) > 0.35 THEN 1
			    ELSE -1 END AS rank,
			    CASE WHEN CAST(:q AS text) IS NULL THEN 0
			      ELSE greatest(word_similarity(:q, d.full_name), word_similarity(:q, d.specialty)) END AS similarity
			  FROM doctors d JOIN users du ON du.id = d.user_id WHERE d.listed AND du.enabled)
			""";

	private static final String SPECIALTY = "(CAST(:specialty AS text) IS NULL OR lower(m.specialty) = lower(:specialty))";

	private static final String LANGUAGE = "(CAST(:lang AS text) IS NULL OR CAST(:lang AS text) = ANY (m.languages))";

	/**
	 * One page of listed doctors matching the filters, in the order asked for across all pages, with
	 * facet counts. Each doctor's soonest free slot comes from the booking side's read model.
	 */
	@Transactional(readOnly = true)
	DirectoryResult search(DirectoryQuery query) {
		Instant now = clock.instant();
		String order = switch (query.sort()) {
			case RELEVANCE -> "m.rank DESC, m.similarity DESC, m.full_name, m.id";
			case NAME -> "m.full_name, m.id";
			case FEE -> "m.fee_amount, m.fee_currency, m.full_name, m.id";
			case SOONEST -> "n.next_free_at NULLS LAST, m.full_name, m.id";
		};
		record Row(DoctorSummary summary, boolean fresh, long total) {
		}
		List<Row> rows = bind(jdbc.sql(MATCHED + """
				SELECT m.*, s.time_zone, n.next_free_at, coalesce(n.valid_until > :now, false) AS fresh, count(*) OVER () AS total
				FROM matched m
				LEFT JOIN doctor_schedules s ON s.doctor_id = m.id
				LEFT JOIN doctor_next_free_slots n ON n.doctor_id = m.id
				WHERE m.rank >= 0 AND""" + " " + SPECIALTY + " AND " + LANGUAGE + """

				ORDER BY""" + " " + order + """

				LIMIT :limit OFFSET :offset
				"""), query)
			.param("now", SqlTime.utc(now))
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query((rs, n) -> new Row(summary(rs, n), rs.getBoolean("fresh"), rs.getLong("total")))
			.list();
		long total = rows.isEmpty() ? count(query) : rows.get(0).total();
		DoctorPage page = new DoctorPage(rows.stream().map(Row::summary).toList(), total, query.page(), query.size(),
				facets(query));
		java.util.Set<UUID> stale = rows.stream().filter(r -> !r.fresh()).map(r -> r.summary().id())
			.collect(java.util.stream.Collectors.toSet());
		return new DirectoryResult(page, stale);
	}

	/** Every doctor matching the filters whose soonest free slot is not known to be current. */
	@Transactional(readOnly = true)
	List<UUID> staleNextFree(DirectoryQuery query) {
		return bind(jdbc.sql(MATCHED + """
				SELECT m.id FROM matched m LEFT JOIN doctor_next_free_slots n ON n.doctor_id = m.id
				WHERE m.rank >= 0 AND""" + " " + SPECIALTY + " AND " + LANGUAGE + """
				 AND (n.valid_until IS NULL OR n.valid_until <= :now)
				"""), query)
			.param("now", SqlTime.utc(clock.instant()))
			.query(UUID.class)
			.list();
	}

	private long count(DirectoryQuery query) {
		return bind(jdbc.sql(MATCHED + "SELECT count(*) FROM matched m WHERE m.rank >= 0 AND " + SPECIALTY + " AND "
				+ LANGUAGE), query).query(Long.class).single();
	}

	/** Specialties counted under the search and language; languages under the search and specialty. */
	private DoctorPage.Facets facets(DirectoryQuery query) {
		List<String[]> rows = bind(jdbc.sql(MATCHED + """
				SELECT 'specialty', m.specialty, count(*) FROM matched m WHERE m.rank >= 0 AND""" + " " + LANGUAGE + """
				 GROUP BY m.specialty
				UNION ALL
				SELECT 'language', l.code, count(*) FROM matched m, unnest(m.languages) AS l(code)
				WHERE m.rank >= 0 AND""" + " " + SPECIALTY + """
				 GROUP BY l.code
				ORDER BY 3 DESC, 2
				"""), query)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		java.util.function.Function<String, List<DoctorPage.Facet>> of = kind -> rows.stream()
			.filter(r -> r[0].equals(kind))
			.map(r -> new DoctorPage.Facet(r[1], Long.parseLong(r[2])))
			.toList();
		return new DoctorPage.Facets(of.apply("specialty"), of.apply("language"));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, DirectoryQuery query) {
		return sql.param("q", query.q())
			.param("pattern", query.q() == null ? null : "%" + likeLiteral(query.q()) + "%")
			.param("specialty", query.specialty())
			.param("lang", query.language());
	}

	/** The text as a LIKE pattern that matches only itself: %, _ and the escape character lose their meaning. */
	static String likeLiteral(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	@Transactional(readOnly = true)
	public List<String> specialties() {
		return jdbc.sql("""
				SELECT DISTINCT d.specialty FROM doctors d JOIN users u ON u.id = d.user_id WHERE d.listed AND u.enabled
				ORDER BY d.specialty
				""").query(String.class).list();
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
				rs.getBoolean("accepting_new_patients"), rs.getString("photo_url"), SqlTime.instant(rs, "next_free_at"),
				rs.getBoolean("prepayment_required"), Practice.of(rs.getString("practice_name"),
						rs.getString("practice_address"), rs.getString("practice_city"), rs.getString("practice_phone")));
	}
}
