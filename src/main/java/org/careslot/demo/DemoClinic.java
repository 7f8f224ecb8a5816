package org.careslot.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careslot.clinic.ClinicService;
import org.careslot.clinic.ClinicSettings;
import org.careslot.doctors.DoctorService;
import org.careslot.doctors.DoctorView;
import org.careslot.doctors.Money;
import org.careslot.doctors.NewDoctor;
import org.careslot.doctors.Practice;
import org.careslot.identity.DemoAccounts;
import org.careslot.identity.DemoAccounts.NewDemoAccount;
import org.careslot.identity.Role;
import org.careslot.platform.ClientConfig;
import org.careslot.platform.DatabaseMode;
import org.careslot.scheduling.LocalHours;
import org.careslot.scheduling.ScheduleRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * A believable small clinic for a first run: an administrator, fourteen doctors in seven
 * specialties across three time zones, three patients to sign in as and many more in the
 * calendars, with weeks of history ({@link DemoHistory}). Every demo account shares one published
 * password, so the demo exists only in demo mode: by default with the embedded database, never
 * when an administrator is configured (CARESLOT_ADMIN_EMAIL) or CARESLOT_DEMO_DATA=false. Started
 * outside demo mode, CareSlot switches every demo account off.
 */
@Component
@Order(10)
class DemoClinic implements ApplicationRunner, ClientConfig {

	static final String PASSWORD = "CareSlot-demo-2026";
	static final String ADMIN = "admin@careslot.demo";
	static final List<String> PATIENTS = List.of("maria.garcia@careslot.demo", "james.okafor@careslot.demo",
			"yuki.tanaka@careslot.demo");

	private static final Logger log = LoggerFactory.getLogger(DemoClinic.class);

	private final DemoAccounts accounts;
	private final DoctorService doctors;
	private final ClinicService clinic;
	private final DemoHistory history;
	private final TransactionTemplate transaction;
	private final JdbcClient jdbc;
	private final boolean enabled;
	private final boolean switchOffOutside;

	/**
	 * @param switchOffOutside switch demo accounts off when starting outside demo mode (off only in
	 *                         tests, whose contexts share one database with the browser journeys' demo)
	 */
	DemoClinic(DemoAccounts accounts, DoctorService doctors, ClinicService clinic, DemoHistory history,
			PlatformTransactionManager transactions, JdbcClient jdbc, DatabaseMode database,
			@Value("${careslot.demo-data:}") Boolean demoData, @Value("${careslot.admin.email:}") String adminEmail,
			@Value("${careslot.demo.switch-off-outside-demo-mode:true}") boolean switchOffOutside) {
		this.accounts = accounts;
		this.doctors = doctors;
		this.clinic = clinic;
		this.history = history;
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.enabled = demoMode(demoData, StringUtils.hasText(adminEmail), database.embedded());
		this.switchOffOutside = switchOffOutside;
	}

	/** An operator who configured their own administrator never gets the published one beside it. */
	static boolean demoMode(Boolean demoData, boolean adminConfigured, boolean embedded) {
		if (adminConfigured) {
			if (Boolean.TRUE.equals(demoData)) {
				log.warn("CARESLOT_DEMO_DATA=true is ignored: an administrator is configured (CARESLOT_ADMIN_EMAIL), and the "
						+ "demo's published password must never sit beside a real administrator");
			}
			return false;
		}
		return demoData != null ? demoData : embedded;
	}

	boolean enabled() {
		return enabled;
	}

	@Override
	public Map<String, Object> clientConfig() {
		return Map.of("demoClinic", enabled);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			int switchedOff = switchOffOutside ? accounts.switchOff() : 0;
			if (switchedOff > 0) {
				log.warn("Not in demo mode: {} demo accounts (password published in the README) were switched off", switchedOff);
			}
			return;
		}
		boolean seeded = Boolean.TRUE.equals(transaction.execute(status -> {
			// nodes starting together take turns; the loser finds the clinic already there
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('careslot-demo-clinic'))").query(Object.class).single();
			if (accounts.exist()) {
				return false;
			}
			long started = System.nanoTime();
			seed();
			log.info("Demo clinic seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
			return true;
		}));
		log.warn("""

				================ CareSlot DEMO CLINIC ================
				 Demo mode: sample data and accounts whose password is
				 published. Do not enter real patient information.
				 Every demo account uses the password: {}
				 Administrator : {}
				 Doctor        : {} (and 13 more doctors)
				 Patients      : {}
				 For a real clinic set CARESLOT_ADMIN_EMAIL/PASSWORD.
				======================================================
				""", PASSWORD, ADMIN, DOCTORS.get(0).email(), String.join(", ", PATIENTS));
		if (!seeded) {
			log.debug("Demo clinic already present");
		}
	}

	private void seed() {
		List<NewDemoAccount> people = new ArrayList<>();
		people.add(new NewDemoAccount(ADMIN, "Clinic Administrator", "+4930901820", Role.ADMIN));
		people.add(new NewDemoAccount(PATIENTS.get(0), "María García", "+34912345678", Role.PATIENT));
		people.add(new NewDemoAccount(PATIENTS.get(1), "James Okafor", "+442079460123", Role.PATIENT));
		people.add(new NewDemoAccount(PATIENTS.get(2), "Yuki Tanaka", "+12125550147", Role.PATIENT));
		OTHER_PATIENTS.forEach(name -> people.add(new NewDemoAccount(emailFor(name), name, null, Role.PATIENT)));
		DOCTORS.forEach(d -> people.add(new NewDemoAccount(d.email(), d.fullName(), null, Role.DOCTOR)));
		List<UUID> ids = accounts.create(people, PASSWORD);
		UUID admin = ids.get(0);
		clinic.update(admin, new ClinicSettings("CareSlot Demo Clinic", "+4930901820", "Europe/Berlin"));
		Map<String, DoctorView> byEmail = new LinkedHashMap<>();
		int firstDoctor = people.size() - DOCTORS.size();
		for (int i = 0; i < DOCTORS.size(); i++) {
			Seed d = DOCTORS.get(i);
			byEmail.put(d.email(), doctors.createProfile(ids.get(firstDoctor + i), d.toNewDoctor(), true));
		}
		history.seed(new DemoHistory.Clinic(byEmail, ids.subList(1, 4), ids.subList(4, firstDoctor)));
	}

	private static String emailFor(String name) {
		String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
		return ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "@careslot.demo";
	}

	/** Patients who fill the calendars; nobody signs in as them (they have no phone, so no texts). */
	static final List<String> OTHER_PATIENTS = List.of("Liam Fischer", "Sofia Rossi", "Noah Müller", "Emma Dubois",
			"Lucas Martín", "Olivia Brown", "Mateo Hernández", "Amelia Wilson", "Leon Wagner", "Mia Kowalski", "Elias Novak",
			"Chloé Bernard", "Omar Haddad", "Aisha Khan", "Daniel Cohen", "Hannah Schmidt", "Kenji Sato", "Priya Nair",
			"Lea Hoffmann", "Jonas Berg", "Zoe Taylor", "Ethan Walker", "Grace Lee", "Isaac Adeyemi", "Nora Lindqvist",
			"Samuel Osei", "Clara Vogel", "Felix Braun", "Ines Costa", "Tomás Silva", "Eva Horvat", "Ali Demir", "Lina Saleh",
			"Marta Nowak", "Paul Lefèvre", "Julia Meyer", "David Kim", "Sara Andersson", "Hugo Laurent", "Maya Patel",
			"Oscar Nilsson", "Ana Popescu", "Ben Carter", "Laura Romano", "Yusuf Aydın");

	/** One practice per city. */
	static final Map<String, Practice> PRACTICES = Map.of(
			"Europe/Berlin", new Practice("CareSlot Praxis Mitte", "Torstraße 49", "Berlin", "+4930901820"),
			"Europe/London", new Practice("CareSlot Marylebone", "23 Harley Street", "London", "+442079460000"),
			"America/New_York", new Practice("CareSlot Midtown", "350 Fifth Avenue", "New York", "+12125550100"));

	/** Doctors who take payment when booking, so the demo shows checkout and holds. */
	static final List<String> PREPAYMENT = List.of("sophie.martin@careslot.demo", "jonas.becker@careslot.demo");

	record Seed(String fullName, String email, String specialty, String bio, int years, List<String> languages,
			String fee, String currency, String zone, int slotMinutes, String hours) {

		/** hours: "MON-FRI 09:00-12:00,13:00-17:00; SAT 09:00-12:00" */
		NewDoctor toNewDoctor() {
			ScheduleRules schedule = new ScheduleRules(ZoneId.of(zone), slotMinutes, 0, 120, 90, weekly(hours));
			return new NewDoctor(email, PASSWORD, fullName, specialty, bio, years, languages,
					new Money(new BigDecimal(fee), currency), null, PREPAYMENT.contains(email), PRACTICES.get(zone), schedule);
		}

		private static Map<DayOfWeek, List<LocalHours>> weekly(String spec) {
			Map<DayOfWeek, List<LocalHours>> out = new EnumMap<>(DayOfWeek.class);
			for (String part : spec.split(";")) {
				String[] dayAndTimes = part.trim().split(" ", 2);
				String[] range = dayAndTimes[0].split("-");
				DayOfWeek first = day(range[0]);
				DayOfWeek last = range.length > 1 ? day(range[1]) : first;
				for (int d = first.getValue(); d <= last.getValue(); d++) {
					for (String times : dayAndTimes[1].split(",")) {
						String[] t = times.split("-");
						out.computeIfAbsent(DayOfWeek.of(d), k -> new ArrayList<>())
							.add(new LocalHours(LocalTime.parse(t[0]), LocalTime.parse(t[1])));
					}
				}
			}
			return out;
		}

		private static DayOfWeek day(String abbreviation) {
			for (DayOfWeek d : DayOfWeek.values()) {
				if (d.name().startsWith(abbreviation)) {
					return d;
				}
			}
			throw new IllegalArgumentException(abbreviation);
		}
	}

	static final List<Seed> DOCTORS = List.of(
			new Seed("Dr. Anna Schneider", "anna.schneider@careslot.demo", "General Practice",
					"Family doctor for adults and children; preventive care, vaccinations and chronic conditions.", 14,
					List.of("de", "en"), "60.00", "EUR", "Europe/Berlin", 20, "MON-FRI 08:00-12:00,13:00-16:00"),
			new Seed("Dr. Lukas Weber", "lukas.weber@careslot.demo", "General Practice",
					"Internal medicine background, focused on diabetes and hypertension follow-up.", 9,
					List.of("de", "en", "tr"), "55.00", "EUR", "Europe/Berlin", 15, "MON-THU 09:00-13:00,14:00-18:00; FRI 09:00-13:00"),
			new Seed("Dr. Sophie Martin", "sophie.martin@careslot.demo", "Dermatology",
					"Skin checks, acne and eczema care, mole mapping.", 11, List.of("fr", "en", "de"), "90.00", "EUR",
					"Europe/Berlin", 30, "TUE-FRI 09:00-15:00"),
			new Seed("Dr. Jonas Becker", "jonas.becker@careslot.demo", "Cardiology",
					"Heart rhythm disorders, blood pressure and cardiac risk assessment.", 18, List.of("de", "en"),
					"120.00", "EUR", "Europe/Berlin", 30, "MON 10:00-16:00; WED 10:00-16:00; FRI 08:00-12:00"),
			new Seed("Dr. Elena Rossi", "elena.rossi@careslot.demo", "Pediatrics",
					"Newborn checks, childhood illnesses and development questions.", 12, List.of("it", "en", "de"),
					"70.00", "EUR", "Europe/Berlin", 20, "MON-FRI 08:30-12:30"),
			new Seed("Dr. Oliver Hughes", "oliver.hughes@careslot.demo", "Orthopedics",
					"Sports injuries, back and joint pain, rehabilitation plans.", 16, List.of("en"), "95.00", "GBP",
					"Europe/London", 30, "MON-THU 09:00-17:00"),
			new Seed("Dr. Priya Patel", "priya.patel@careslot.demo", "Dermatology",
					"Medical and paediatric dermatology, psoriasis clinics.", 8, List.of("en", "hi", "gu"), "85.00",
					"GBP", "Europe/London", 20, "MON-FRI 10:00-14:00"),
			new Seed("Dr. Amelia Clarke", "amelia.clarke@careslot.demo", "Psychiatry",
					"Anxiety, depression and sleep problems; talking therapy and medication reviews.", 15,
					List.of("en"), "110.00", "GBP", "Europe/London", 50, "TUE-FRI 11:00-19:00"),
			new Seed("Dr. Michael Johnson", "michael.johnson@careslot.demo", "Cardiology",
					"Preventive cardiology and heart failure clinic.", 22, List.of("en", "es"), "150.00", "USD",
					"America/New_York", 30, "MON-FRI 08:00-12:00,13:00-16:00"),
			new Seed("Dr. Sarah Kim", "sarah.kim@careslot.demo", "Pediatrics",
					"Well-child visits, asthma and allergy care for kids.", 10, List.of("en", "ko"), "90.00", "USD",
					"America/New_York", 20, "MON-FRI 09:00-17:00"),
			new Seed("Dr. Carlos Mendoza", "carlos.mendoza@careslot.demo", "General Practice",
					"Primary care for the whole family, travel medicine.", 13, List.of("es", "en"), "80.00", "USD",
					"America/New_York", 20, "MON-FRI 07:30-11:30; SAT 09:00-12:00"),
			new Seed("Dr. Rachel Goldberg", "rachel.goldberg@careslot.demo", "Psychiatry",
					"Adult ADHD, mood disorders and telepsychiatry.", 17, List.of("en", "he"), "180.00", "USD",
					"America/New_York", 45, "MON-THU 10:00-18:00"),
			new Seed("Dr. David Chen", "david.chen@careslot.demo", "Ophthalmology",
					"Eye exams, glaucoma and cataract assessment.", 19, List.of("en", "zh"), "130.00", "USD",
					"America/New_York", 30, "TUE-SAT 09:00-15:00"),
			new Seed("Dr. Fatima Al-Sayed", "fatima.alsayed@careslot.demo", "Ophthalmology",
					"Paediatric eye care and contact lens clinic.", 7, List.of("ar", "en", "de"), "95.00", "EUR",
					"Europe/Berlin", 30, "MON-WED 12:00-18:00"));
}
