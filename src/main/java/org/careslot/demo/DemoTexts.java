package org.careslot.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** The words of the demo clinic's history: reasons for visits, for cancelling, and visit notes. */
final class DemoTexts {

	private DemoTexts() {
	}

	static <T> T pick(List<T> options, Random random) {
		return options.get(random.nextInt(options.size()));
	}

	static final List<String> GENERAL_REASONS = List.of("Check-up", "Persistent cough", "Follow-up on blood results",
			"Fever for three days", "Back pain", "Vaccination", "Repeat prescription", "Headaches", "Sore throat",
			"Feeling tired all the time");

	static final Map<String, List<String>> REASONS = Map.of(
			"Cardiology", List.of("Palpitations", "Blood pressure review", "Chest tightness on exertion", "ECG follow-up"),
			"Dermatology", List.of("Mole check", "Eczema flare-up", "Acne treatment review", "Itchy rash"),
			"Pediatrics", List.of("Well-child visit", "Ear ache", "Vaccinations", "Cough and fever"),
			"Orthopedics", List.of("Knee pain after running", "Shoulder stiffness", "Lower back pain", "Sprained ankle"),
			"Psychiatry", List.of("Sleep problems", "Medication review", "Low mood", "Anxiety follow-up"),
			"Ophthalmology", List.of("Blurred vision", "Eye pressure check", "Red, itchy eyes", "Annual eye exam"));

	static final List<String> PATIENT_CANCELS = List.of("Feeling better", "Work came up", "Childcare fell through",
			"Booked by mistake", "");

	static final List<String> DOCTOR_CANCELS = List.of("Doctor unwell today, please rebook",
			"Emergency at the practice, sorry for the short notice", "Doctor away at a conference");

	static final List<String> NOTES = List.of(
			"Symptoms improving. Continue current treatment, review in four weeks if not resolved.",
			"Examination unremarkable. Reassured; advised rest and fluids.",
			"Blood pressure 128/82. No change to medication. Next check in three months.",
			"Discussed results; all within normal range. No follow-up needed.",
			"Referred for imaging. Pain relief as needed; return if symptoms worsen.",
			"Prescribed a short course of treatment. Patient understands how to take it and when to come back.");
}
