package org.careslot.support;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.careslot.doctors.DoctorService;
import org.careslot.doctors.DoctorView;
import org.careslot.doctors.Money;
import org.careslot.doctors.NewDoctor;
import org.careslot.doctors.Practice;
import org.careslot.identity.IdentityService;
import org.careslot.identity.Role;
import org.careslot.scheduling.LocalHours;
import org.careslot.scheduling.ScheduleRules;
import org.springframework.stereotype.Component;

/** Builds doctors, patients and admins for API tests, each signed in through the real API. */
@Component
public class Clinic {

	private final DoctorService doctors;
	private final IdentityService identity;

	public Clinic(DoctorService doctors, IdentityService identity) {
		this.doctors = doctors;
		this.identity = identity;
	}

	public record Doctor(DoctorView view, String email) {

		public String id() {
			return view.id().toString();
		}
	}

	/** Open every day 08:00–18:00 UTC, 30-minute slots, no notice, 60 days ahead. */
	public Doctor doctor() {
		return doctor(ZoneId.of("UTC"), false);
	}

	public Doctor doctor(ZoneId zone, boolean prepayment) {
		Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek d : DayOfWeek.values()) {
			weekly.put(d, List.of(new LocalHours(LocalTime.of(8, 0), LocalTime.of(18, 0))));
		}
		String email = Accounts.email("dr");
		DoctorView view = doctors.createDoctor(new NewDoctor(email, Accounts.PASSWORD, "Dr. Test " + email.substring(3, 11),
				"Testing", "", 5, List.of("en"), new Money(new BigDecimal("50.00"), "EUR"), null, prepayment,
				new Practice("Test Practice", "1 Test Street", "Testville", "+4930901820"),
				new ScheduleRules(zone, 30, 0, 0, 60, weekly)), true);
		return new Doctor(view, email);
	}

	public ApiClient signedIn(int port, String email) {
		ApiClient api = new ApiClient(port);
		var response = api.login(email, Accounts.PASSWORD);
		if (response.status() != 200) {
			throw new IllegalStateException("sign-in failed: " + response);
		}
		return api;
	}

	public ApiClient patient(int port) {
		ApiClient api = new ApiClient(port);
		var response = api.register(Accounts.email("pt"), Accounts.PASSWORD, "Test Patient");
		if (response.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + response);
		}
		return api;
	}

	public ApiClient admin(int port) {
		String email = Accounts.email("admin");
		identity.createAccount(email, Accounts.PASSWORD, "Test Admin", null, Role.ADMIN);
		return signedIn(port, email);
	}
}
