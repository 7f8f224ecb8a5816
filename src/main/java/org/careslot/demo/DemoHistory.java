package org.careslot.demo;

import static org.careslot.demo.DemoTexts.DOCTOR_CANCELS;
import static org.careslot.demo.DemoTexts.GENERAL_REASONS;
import static org.careslot.demo.DemoTexts.NOTES;
import static org.careslot.demo.DemoTexts.PATIENT_CANCELS;
import static org.careslot.demo.DemoTexts.REASONS;
import static org.careslot.demo.DemoTexts.pick;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.careslot.appointments.AppointmentStatus;
import org.careslot.appointments.VisitImport;
import org.careslot.appointments.VisitImport.ImportedVisit;
import org.careslot.appointments.VisitType;
import org.careslot.doctors.DoctorView;
import org.careslot.identity.Role;
import org.careslot.notifications.NotificationService;
import org.careslot.payments.PaymentService;
import org.careslot.payments.PaymentState;
import org.careslot.records.RecordImport;
import org.careslot.scheduling.Availability;
import org.careslot.scheduling.SchedulingService;
import org.careslot.scheduling.SlotCalculator;
import org.careslot.scheduling.TimeRange;
import org.springframework.stereotype.Component;

/**
 * A clinic that has been running for a while: two weeks of past visits (completed with notes,
 * some missed, some cancelled, paid and refunded) and three weeks ahead with a part of every
 * doctor's time booked, plenty left free. The same seed gives the same clinic for a given day.
 * The three patients people sign in as get a history of their own (allergies, medication, notes,
 * texts) and a few visits ahead, placed where the browser journeys do not book.
 */
@Component
class DemoHistory {

	static final int PAST_DAYS = 14;
	static final int FUTURE_DAYS = 21;

	private final VisitImport visits;
	private final PaymentService payments;
	private final NotificationService notifications;
	private final RecordImport records;
	private final SchedulingService scheduling;
	private final Clock clock;

	DemoHistory(VisitImport visits, PaymentService payments, NotificationService notifications, RecordImport records,
			SchedulingService scheduling, Clock clock) {
		this.visits = visits;
		this.payments = payments;
		this.notifications = notifications;
		this.records = records;
		this.scheduling = scheduling;
		this.clock = clock;
	}

	/** @param signInPatients the three patients of the README, first of them the one the journeys use */
	record Clinic(Map<String, DoctorView> doctorsByEmail, List<UUID> signInPatients, List<UUID> otherPatients) {

		List<DoctorView> doctors() {
			return List.copyOf(doctorsByEmail.values());
		}
	}

	private record Planned(ImportedVisit visit, DoctorView doctor, boolean signIn) {
	}

	void seed(Clinic clinic) {
		Random random = new Random(2026_12_02L);
		Instant now = clock.instant();
		doctorBusy.clear();
		Map<UUID, TreeMap<Instant, Instant>> busy = new HashMap<>();
		List<Planned> planned = new ArrayList<>();
		for (DoctorView doctor : clinic.doctors()) {
			Availability availability = availability(doctor, now);
			LocalDate today = LocalDate.ofInstant(now, availability.zone());
			for (LocalDate date = today.minusDays(PAST_DAYS); !date.isAfter(today.plusDays(FUTURE_DAYS)); date = date.plusDays(1)) {
				for (TimeRange slot : SlotCalculator.gridOn(availability, date)) {
					boolean past = slot.end().isBefore(now);
					if (!slot.start().isBefore(now) && slot.start().isBefore(now.plus(Duration.ofHours(2)))) {
						continue; // the next couple of hours stay open for anyone trying the demo now
					}
					if (random.nextDouble() >= (past ? 0.3 : 0.2)) {
						continue;
					}
					// sign-in patients only in the past: ahead they get a few visits placed on purpose
					boolean signIn = past && random.nextDouble() < 0.02;
					List<UUID> pool = signIn ? clinic.signInPatients() : clinic.otherPatients();
					UUID patient = freePatient(pool, slot, busy, random);
					if (patient != null) {
						doctorBusy.computeIfAbsent(doctor.id(), d -> new ArrayList<>()).add(slot);
						planned.add(new Planned(visit(doctor, patient, slot, past, random, now), doctor, signIn));
					}
				}
			}
		}
		planned.addAll(aheadForSignInPatients(clinic, busy, now));
		List<UUID> ids = visits.importVisits(planned.stream().map(Planned::visit).toList());
		Traces traces = new Traces(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (int i = 0; i < ids.size(); i++) {
			afterwards(ids.get(i), planned.get(i), random, now, traces);
		}
		payments.importPayments(traces.payments());
		records.notes(traces.notes());
		notifications.importDelivered(traces.texts());
		clinicalHistory(clinic, now);
	}

	private Availability availability(DoctorView doctor, Instant now) {
		LocalDate around = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
		return scheduling.availability(doctor.id(), around.minusDays(PAST_DAYS + 2), around.plusDays(FUTURE_DAYS + 2))
			.orElseThrow();
	}

	/** A patient who is free then (a patient cannot be in two places at once), or null. */
	private static UUID freePatient(List<UUID> pool, TimeRange slot, Map<UUID, TreeMap<Instant, Instant>> busy, Random random) {
		for (int attempt = 0; attempt < 6; attempt++) {
			UUID candidate = pool.get(random.nextInt(pool.size()));
			if (freeFor(candidate, slot, busy)) {
				busy.get(candidate).put(slot.start(), slot.end());
				return candidate;
			}
		}
		return null;
	}

	private static ImportedVisit visit(DoctorView doctor, UUID patient, TimeRange slot, boolean past, Random random, Instant now) {
		double roll = random.nextDouble();
		AppointmentStatus status;
		String cancelReason = null;
		Role cancelledBy = null;
		if (roll < 0.1) {
			status = AppointmentStatus.CANCELLED;
			cancelledBy = random.nextDouble() < 0.65 ? Role.PATIENT : Role.DOCTOR;
			cancelReason = cancelledBy == Role.PATIENT ? pick(PATIENT_CANCELS, random) : pick(DOCTOR_CANCELS, random);
		}
		else if (past) {
			status = roll < 0.14 ? AppointmentStatus.NO_SHOW : AppointmentStatus.COMPLETED;
		}
		else {
			status = roll < 0.4 ? AppointmentStatus.PENDING : AppointmentStatus.CONFIRMED;
		}
		Instant bookedAt = slot.start().minus(Duration.ofHours(24L * (2 + random.nextInt(12)) + random.nextInt(10)));
		if (bookedAt.isAfter(now)) {
			bookedAt = now.minus(Duration.ofHours(1 + random.nextInt(48)));
		}
		VisitType type = random.nextDouble() < 0.2 ? VisitType.VIDEO : VisitType.IN_PERSON;
		return new ImportedVisit(doctor.id(), patient, slot.start(), status, type,
				pick(REASONS.getOrDefault(doctor.specialty(), GENERAL_REASONS), random), cancelReason, cancelledBy, bookedAt);
	}

	/**
	 * Maria (the journeys' patient) sees Dr. Schneider in nine days and a paid dermatology visit in
	 * twenty; James and Yuki have one visit each. The journeys book within the next fortnight with
	 * Dr. Schneider, whose booked times they never see as free, so these cannot collide with them.
	 */
	private List<Planned> aheadForSignInPatients(Clinic clinic, Map<UUID, TreeMap<Instant, Instant>> busy, Instant now) {
		record Wish(int patient, String doctorEmail, int daysAhead, AppointmentStatus status) {
		}
		List<Wish> wishes = List.of(new Wish(0, "anna.schneider@careslot.demo", 9, AppointmentStatus.CONFIRMED),
				new Wish(0, "sophie.martin@careslot.demo", 20, AppointmentStatus.CONFIRMED),
				new Wish(1, "michael.johnson@careslot.demo", 10, AppointmentStatus.CONFIRMED),
				new Wish(2, "priya.patel@careslot.demo", 11, AppointmentStatus.PENDING));
		List<Planned> out = new ArrayList<>();
		for (Wish wish : wishes) {
			DoctorView doctor = clinic.doctorsByEmail().get(wish.doctorEmail());
			UUID patient = clinic.signInPatients().get(wish.patient());
			Availability availability = availability(doctor, now);
			LocalDate date = LocalDate.ofInstant(now, availability.zone()).plusDays(wish.daysAhead());
			// the first free slot from mid-morning on that day, or on one of the days after
			TimeRange chosen = null;
			for (int extra = 0; extra < 7 && chosen == null; extra++) {
				for (TimeRange slot : SlotCalculator.gridOn(availability, date.plusDays(extra))) {
					boolean midMorning = !slot.start().atZone(availability.zone()).toLocalTime().isBefore(LocalTime.of(10, 0));
					if (midMorning && !takenByDoctor(doctor, slot) && freeFor(patient, slot, busy)) {
						chosen = slot;
						break;
					}
				}
			}
			if (chosen != null) {
				busy.get(patient).put(chosen.start(), chosen.end());
				doctorBusy.computeIfAbsent(doctor.id(), d -> new ArrayList<>()).add(chosen);
				out.add(new Planned(new ImportedVisit(doctor.id(), patient, chosen.start(), wish.status(), VisitType.IN_PERSON,
						REASONS.getOrDefault(doctor.specialty(), GENERAL_REASONS).get(0), null, null,
						now.minus(Duration.ofDays(2))), doctor, true));
			}
		}
		return out;
	}

	/** Every slot given to a visit so far, per doctor (seeding runs once, on one thread). */
	private final Map<UUID, List<TimeRange>> doctorBusy = new HashMap<>();

	private boolean takenByDoctor(DoctorView doctor, TimeRange slot) {
		return doctorBusy.getOrDefault(doctor.id(), List.of()).stream().anyMatch(slot::overlaps);
	}

	private static boolean freeFor(UUID patient, TimeRange slot, Map<UUID, TreeMap<Instant, Instant>> busy) {
		TreeMap<Instant, Instant> taken = busy.computeIfAbsent(patient, p -> new TreeMap<>());
		var before = taken.floorEntry(slot.start());
		var after = taken.ceilingEntry(slot.start());
		return (before == null || !before.getValue().isAfter(slot.start())) && (after == null || !after.getKey().isBefore(slot.end()));
	}

	/** What the visits left behind, written in one batch each. */
	private record Traces(List<PaymentService.ImportedPayment> payments, List<RecordImport.ImportedNote> notes,
			List<NotificationService.Delivered> texts) {
	}

	/** Payments, notes and texts that a visit in that state would have left behind. */
	private void afterwards(UUID id, Planned p, Random random, Instant now, Traces traces) {
		ImportedVisit v = p.visit();
		BigDecimal fee = p.doctor().consultationFee().amount();
		String currency = p.doctor().consultationFee().currency();
		boolean prepaid = p.doctor().prepaymentRequired();
		boolean chargeable = fee.signum() > 0;
		Instant paidAt = v.bookedAt().plus(Duration.ofMinutes(3));
		PaymentState payment = null;
		if (chargeable && v.status() == AppointmentStatus.COMPLETED && (prepaid || random.nextDouble() < 0.45)) {
			payment = PaymentState.PAID;
		}
		else if (chargeable && v.status() == AppointmentStatus.CANCELLED && (prepaid || random.nextDouble() < 0.3)) {
			payment = PaymentState.REFUNDED;
		}
		else if (chargeable && v.status().live() && (prepaid || random.nextDouble() < 0.25)) {
			payment = PaymentState.PAID;
		}
		else if (chargeable && v.status().live() && random.nextDouble() < 0.05) {
			payment = PaymentState.OPEN;
			paidAt = now.minus(Duration.ofMinutes(5));
		}
		if (payment != null) {
			traces.payments().add(new PaymentService.ImportedPayment(id, fee, currency, payment, paidAt));
		}
		if (v.status() == AppointmentStatus.COMPLETED && (p.signIn() || random.nextDouble() < 0.15)) {
			String note = pick(NOTES, random);
			Instant written = v.start().plus(Duration.ofMinutes(25));
			// the first note of each sign-in patient was corrected the next day: its first text stays as a version
			boolean corrected = p.signIn() && traces.notes().stream().noneMatch(n -> n.patientId().equals(v.patientId()));
			traces.notes().add(corrected
					? new RecordImport.ImportedNote(id, v.patientId(), p.doctor().userId(),
							note + " Follow-up booked; bring home blood-pressure readings.", written,
							note + " Follow-up booked.", written.plus(Duration.ofDays(1)))
					: new RecordImport.ImportedNote(id, v.patientId(), p.doctor().userId(), note, written));
		}
		if (p.signIn()) {
			traces.texts().add(new NotificationService.Delivered(v.patientId(), id, "BOOKED", v.bookedAt()));
			if (v.status() == AppointmentStatus.CANCELLED) {
				traces.texts().add(new NotificationService.Delivered(v.patientId(), id, "CANCELLED", v.bookedAt().plus(Duration.ofDays(1))));
			}
			for (Duration before : List.of(Duration.ofHours(24), Duration.ofHours(2))) {
				if (v.status() != AppointmentStatus.CANCELLED && v.start().minus(before).isBefore(now)) {
					traces.texts().add(new NotificationService.Delivered(v.patientId(), id, "REMINDER", v.start().minus(before)));
				}
			}
		}
	}

	private void clinicalHistory(Clinic clinic, Instant now) {
		UUID doctor = clinic.doctorsByEmail().get("anna.schneider@careslot.demo").userId(); // the family doctor
		List<UUID> them = clinic.signInPatients();
		Instant before = now.minus(Duration.ofDays(60));
		records.history(them.get(0), "Mild asthma since childhood, well controlled. Appendectomy in 2015. "
				+ "Mother has type 2 diabetes.", before);
		records.entry(them.get(0), RecordImport.Kind.ALLERGY, "Penicillin — rash", them.get(0), Role.PATIENT, before);
		records.entry(them.get(0), RecordImport.Kind.ALLERGY, "Birch pollen — hay fever in spring", doctor, Role.DOCTOR, before);
		records.entry(them.get(0), RecordImport.Kind.MEDICATION, "Salbutamol inhaler 100 µg as needed", doctor, Role.DOCTOR, before);
		records.entry(them.get(0), RecordImport.Kind.CONDITION, "Asthma, mild intermittent", doctor, Role.DOCTOR, before);
		records.history(them.get(1), "Sprained left ankle playing football (2024), fully recovered.", before);
		UUID wrongDose = records.entry(them.get(1), RecordImport.Kind.MEDICATION, "Ramipril 10 mg once daily", doctor,
				Role.DOCTOR, before);
		records.enteredInError(wrongDose, doctor, before.plus(Duration.ofMinutes(3)));
		records.entry(them.get(1), RecordImport.Kind.MEDICATION, "Ramipril 5 mg once daily", doctor, Role.DOCTOR, before);
		records.entry(them.get(1), RecordImport.Kind.CONDITION, "Essential hypertension", doctor, Role.DOCTOR, before);
		records.entry(them.get(2), RecordImport.Kind.ALLERGY, "Peanuts — anaphylaxis; carries an adrenaline pen", them.get(2),
				Role.PATIENT, before);
		records.entry(them.get(2), RecordImport.Kind.MEDICATION, "Cetirizine 10 mg in spring", doctor, Role.DOCTOR, before);
	}
}
