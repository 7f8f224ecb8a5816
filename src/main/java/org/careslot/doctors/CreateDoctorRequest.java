package org.careslot.doctors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careslot.platform.ApiException;
import org.careslot.platform.PhoneNumbers;
import org.careslot.platform.Text;
import org.careslot.scheduling.ScheduleRules;

/** A new doctor, from an administrator or from the doctor's own sign-up. */
record CreateDoctorRequest(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String password,
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n\\t]*", message = "{careslot.singleLine}") String fullName,
		@NotBlank @Size(max = 100) String specialty, @NotBlank @Size(max = 64) String timeZone,
		@Size(max = 4000) String bio, @Min(0) @Max(80) Integer yearsOfExperience,
		@Size(max = 12) List<@NotBlank @Size(max = 35) String> languages, @Valid FeeRequest consultationFee,
		@Min(5) @Max(240) Integer slotMinutes, Boolean prepaymentRequired, @Valid PracticeRequest practice) {

	private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

	/** Codes withdrawn from ISO 639-1 that older systems still send. */
	private static final Map<String, String> RENAMED = Map.of("iw", "he", "in", "id", "ji", "yi");

	record FeeRequest(@NotNull @DecimalMin("0.00") BigDecimal amount, @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency) {
	}

	record PracticeRequest(@Size(max = 200) @Pattern(regexp = "[^\\r\\n\\t]*", message = "{careslot.singleLine}") String name,
			@Size(max = 300) @Pattern(regexp = "[^\\r\\n\\t]*", message = "{careslot.singleLine}") String address,
			@Size(max = 100) @Pattern(regexp = "[^\\r\\n\\t]*", message = "{careslot.singleLine}") String city,
			@Size(max = 30) String phone) {

		Practice toPractice() {
			String e164 = blankToNull(phone) == null ? null : PhoneNumbers.toE164(phone)
				.orElseThrow(() -> ApiException.invalid("practice.phone", Text.of("phone.internationalDe")));
			return Practice.of(blankToNull(name), blankToNull(address), blankToNull(city), e164);
		}
	}

	/** The same request as a self sign-up: never takes payment up front until an administrator says so. */
	CreateDoctorRequest asSelfSignUp() {
		return new CreateDoctorRequest(email, password, fullName, specialty, timeZone, bio, yearsOfExperience, languages,
				consultationFee, slotMinutes, false, practice);
	}

	NewDoctor toNewDoctor() {
		ScheduleRules schedule = new ScheduleRules(ScheduleRequests.zone(timeZone), slotMinutes == null ? 30 : slotMinutes,
				0, 60, 60, Map.of());
		Money fee = consultationFee == null ? new Money(new BigDecimal("0.00"), "EUR")
				: new Money(consultationFee.amount(), consultationFee.currency());
		return new NewDoctor(email, password, fullName, specialty, bio, yearsOfExperience == null ? 0 : yearsOfExperience,
				languageCodes(), fee, null, Boolean.TRUE.equals(prepaymentRequired),
				practice == null ? null : practice.toPractice(), schedule);
	}

	/** ISO 639-1 codes, lower case, each once, in the order given. */
	private List<String> languageCodes() {
		List<String> codes = new ArrayList<>();
		if (languages == null) {
			return codes;
		}
		for (int i = 0; i < languages.size(); i++) {
			String given = languages.get(i).strip().toLowerCase(Locale.ROOT);
			String code = RENAMED.getOrDefault(given, given);
			if (!ISO_639_1.contains(code)) {
				throw ApiException.invalid("languages[" + i + "]", Text.of("doctor.languageCode"));
			}
			if (!codes.contains(code)) {
				codes.add(code);
			}
		}
		return codes;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
