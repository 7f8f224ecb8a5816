package org.careslot.doctors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public directory as a visitor uses it: one search box, facets that offer what the listed
 * doctors really speak, and orders that hold across pages. Each test works on doctors of its own
 * specialty (the database is shared).
 */
@ApiTest
class DirectoryApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	JdbcClient jdbc;

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private String specialtyOf(Clinic.Doctor doctor, String specialty) {
		jdbc.sql("UPDATE doctors SET specialty = :s WHERE id = :id").param("s", specialty).param("id", doctor.view().id()).update();
		return doctor.id();
	}

	/** Blocks the doctor's calendar from now until the start of that day (UTC), through the API. */
	private void awayUntil(ApiClient admin, Clinic.Doctor doctor, int daysAhead) {
		var off = admin.post("/api/doctors/" + doctor.id() + "/time-off", """
				{"start":"%s","end":"%s","reason":"Away"}""".formatted(Instant.now().minusSeconds(60),
				LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead).atStartOfDay().toInstant(ZoneOffset.UTC)));
		assertThat(off.status()).as(off.body()).isEqualTo(201);
	}

	@Test
	void soonestAvailableIsOneOrderAcrossPagesAndFollowsTheCalendar() {
		String specialty = "Sortology " + tag();
		ApiClient admin = clinic.admin(port);
		ApiClient visitor = new ApiClient(port);
		Clinic.Doctor inFive = clinic.doctor();
		Clinic.Doctor inTwo = clinic.doctor();
		Clinic.Doctor inNine = clinic.doctor();
		List.of(inFive, inTwo, inNine).forEach(d -> specialtyOf(d, specialty));
		awayUntil(admin, inFive, 5);
		awayUntil(admin, inTwo, 2);
		awayUntil(admin, inNine, 9);

		List<String> order = new ArrayList<>();
		List<String> next = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			var response = visitor.get("/api/doctors?specialty=" + specialty.replace(" ", "%20") + "&sort=soonest&size=1&page=" + page);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			assertThat(response.<Integer>json("$.total")).isEqualTo(3);
			order.add(response.json("$.items[0].id"));
			next.add(response.json("$.items[0].nextFreeSlot"));
		}
		assertThat(order).containsExactly(inTwo.id(), inFive.id(), inNine.id());
		assertThat(next).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));

		// the calendar changes: the soonest doctor goes away for longer, and the order follows at once
		awayUntil(admin, inTwo, 12);
		List<String> after = visitor.get("/api/doctors?specialty=" + specialty.replace(" ", "%20") + "&sort=soonest&size=3")
			.json("$.items[*].id");
		assertThat(after).containsExactly(inFive.id(), inNine.id(), inTwo.id());

		List<String> byName = visitor.get("/api/doctors?specialty=" + specialty.replace(" ", "%20") + "&sort=name&size=3")
			.json("$.items[*].fullName");
		assertThat(byName).isSorted();
		var unknown = visitor.get("/api/doctors?sort=cheapest");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.<List<String>>json("$.errors[*].field")).containsExactly("sort");
	}

	private String createDoctor(ApiClient admin, String name, String specialty, String languages, String bio) {
		var created = admin.post("/api/admin/doctors", """
				{"email":"%s","password":"%s","fullName":"%s","specialty":"%s","timeZone":"Europe/London",
				 "languages":[%s],"bio":"%s","practice":{"name":"Harley Rooms","address":"1 Harley Street","city":"London","phone":"+44 20 7946 0000"}}"""
			.formatted(Accounts.email("dr"), Accounts.PASSWORD, name, specialty, languages, bio));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	@Test
	void languageFacetsOfferWhatTheListedDoctorsSpeakAsIsoCodes() {
		String specialty = "Facetology " + tag();
		ApiClient admin = clinic.admin(port);
		String priya = createDoctor(admin, "Dr. Priya Facet", specialty, "\"en\",\"hi\",\"gu\"", "");
		createDoctor(admin, "Dr. Olena Facet", specialty, "\"uk\",\"en\"", "");
		createDoctor(admin, "Dr. Noa Facet", specialty, "\"iw\"", ""); // an old code for Hebrew

		ApiClient visitor = new ApiClient(port);
		String base = "/api/doctors?specialty=" + specialty.replace(" ", "%20");
		var all = visitor.get(base);
		List<Map<String, Object>> languages = all.json("$.facets.languages");
		assertThat(languages).extracting(f -> f.get("value") + "=" + f.get("count"))
			.containsExactlyInAnyOrder("en=2", "hi=1", "gu=1", "uk=1", "he=1");
		// the specialty facet counts under the other filters, so it offers other specialties beside this one
		assertThat(all.<List<Map<String, Object>>>json("$.facets.specialties")).extracting(f -> f.get("value") + "=" + f.get("count"))
			.contains(specialty + "=3");
		assertThat(visitor.get(base + "&language=uk").<Integer>json("$.total")).isEqualTo(1);
		assertThat(visitor.get(base + "&language=gu").<List<String>>json("$.items[*].id")).containsExactly(priya);
		assertThat(visitor.get(base + "&language=he").<Integer>json("$.total")).isEqualTo(1);
		// under a language filter the language facet still offers the others
		assertThat(visitor.get(base + "&language=uk").<List<String>>json("$.facets.languages[*].value")).contains("hi", "he");

		var practice = visitor.get("/api/doctors/" + priya);
		assertThat(practice.<String>json("$.practice.city")).isEqualTo("London");
		assertThat(practice.<String>json("$.practice.phone")).isEqualTo("+442079460000");
		assertThat(all.<List<String>>json("$.items[*].practice.name")).containsOnly("Harley Rooms");

		var bad = admin.post("/api/admin/doctors", """
				{"email":"%s","password":"%s","fullName":"Dr. X","specialty":"X","timeZone":"UTC","languages":["en","klingon"]}"""
			.formatted(Accounts.email("dr"), Accounts.PASSWORD));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.<List<String>>json("$.errors[*].field")).containsExactly("languages[1]");
	}

	@Test
	void oneSearchBoxRanksASpecialtyAboveANameThatOnlyLooksAlike() {
		String t = tag();
		ApiClient admin = clinic.admin(port);
		String lookalike = createDoctor(admin, "Dr. Kardio Lehmann " + t, "General Practice", "\"de\"", "");
		String cardiologist = createDoctor(admin, "Dr. Zoe Winter " + t, "Cardiology", "\"en\"", "");
		String word = "zq" + tag();
		String byBio = createDoctor(admin, "Dr. Bio Mention " + t, "General Practice", "\"en\"",
				"Runs a clinic for " + word + " problems");

		ApiClient visitor = new ApiClient(port);
		List<Map<String, Object>> items = visitor.get("/api/doctors?q=cardio&size=100").json("$.items");
		List<String> ids = items.stream().map(i -> (String) i.get("id")).toList();
		assertThat(ids).contains(cardiologist, lookalike);
		int lastSpecialtyMatch = 0;
		int firstOther = Integer.MAX_VALUE;
		for (int i = 0; i < items.size(); i++) {
			if (((String) items.get(i).get("specialty")).toLowerCase().contains("cardio")) {
				lastSpecialtyMatch = i;
			}
			else {
				firstOther = Math.min(firstOther, i);
			}
		}
		assertThat(lastSpecialtyMatch).as("every cardiologist before any name that only looks alike").isLessThan(firstOther);

		assertThat(visitor.get("/api/doctors?q=" + word).<List<String>>json("$.items[*].id")).containsExactly(byBio);
		assertThat(visitor.get("/api/doctors?q=%25").<Integer>json("$.total")).as("% is literal").isZero();
		assertThat(visitor.get("/api/doctors?q=_").<Integer>json("$.total")).as("_ is literal").isZero();
		var nul = visitor.get("/api/doctors?q=a%00b");
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.<List<String>>json("$.errors[*].field")).containsExactly("q");
	}

	@Test
	void theClinicSettingsArePublicAndOnlyAdminsChangeThem() {
		ApiClient visitor = new ApiClient(port);
		var clinicNow = visitor.get("/api/clinic");
		assertThat(clinicNow.status()).isEqualTo(200);
		assertThat(clinicNow.<String>json("$.timeZone")).isNotBlank();

		ApiClient admin = clinic.admin(port);
		var bad = admin.put("/api/clinic", "{\"name\":\"CareSlot Test Clinic\",\"phone\":\"12\",\"timeZone\":\"Mars/Olympus\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(admin.put("/api/clinic", "{\"name\":\"CareSlot Test Clinic\",\"phone\":\"12\",\"timeZone\":\"UTC\"}")
			.<List<String>>json("$.errors[*].field")).containsExactly("phone");
		var changed = admin.put("/api/clinic", "{\"name\":\"CareSlot Test Clinic\",\"phone\":\"+49 30 901820\",\"timeZone\":\"Europe/Berlin\"}");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(visitor.get("/api/clinic").<String>json("$.phone")).isEqualTo("+4930901820");
		assertThat(clinic.patient(port).put("/api/clinic", "{\"name\":\"Mine\",\"timeZone\":\"UTC\"}").status()).isEqualTo(403);
		assertThat(visitor.put("/api/clinic", "{\"name\":\"Mine\",\"timeZone\":\"UTC\"}").status()).isIn(401, 403);
		assertThat(visitor.get("/api/config").<Integer>json("$.noShowGraceMinutes")).isEqualTo(10);
	}
}
