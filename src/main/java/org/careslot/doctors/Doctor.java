package org.careslot.doctors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.careslot.scheduling.ScheduleRules;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "doctors")
class Doctor {

	@Id
	private UUID id;

	private UUID userId;

	private String fullName;

	private String specialty;

	private String bio;

	private int yearsOfExperience;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] languages;

	private BigDecimal feeAmount;

	private String feeCurrency;

	private boolean acceptingNewPatients;

	private boolean prepaymentRequired;

	private String photoUrl;

	private String practiceName;

	private String practiceAddress;

	private String practiceCity;

	private String practicePhone;

	private boolean listed;

	private Instant createdAt;

	@Version
	private Long version;

	protected Doctor() {
	}

	Doctor(UUID userId, NewDoctor profile, boolean listed, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.fullName = profile.fullName().strip();
		this.specialty = profile.specialty().strip();
		this.bio = profile.bio() == null ? "" : profile.bio();
		this.yearsOfExperience = profile.yearsOfExperience();
		this.languages = profile.languages().toArray(String[]::new);
		this.feeAmount = profile.fee().amount();
		this.feeCurrency = profile.fee().currency();
		this.acceptingNewPatients = true;
		this.prepaymentRequired = profile.prepaymentRequired();
		this.photoUrl = profile.photoUrl();
		if (profile.practice() != null) {
			this.practiceName = profile.practice().name();
			this.practiceAddress = profile.practice().address();
			this.practiceCity = profile.practice().city();
			this.practicePhone = profile.practice().phone();
		}
		this.listed = listed;
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	UUID userId() {
		return userId;
	}

	boolean listed() {
		return listed;
	}

	void approve() {
		this.listed = true;
	}

	DoctorView view(ScheduleRules rules) {
		List<WorkingInterval> weekly = rules == null ? List.of()
				: rules.weekly().entrySet().stream()
					.sorted(java.util.Map.Entry.comparingByKey())
					.flatMap(e -> e.getValue().stream().map(h -> new WorkingInterval(e.getKey(), h.start(), h.end())))
					.toList();
		return new DoctorView(id, userId, fullName, specialty, bio, yearsOfExperience, List.of(languages),
				new Money(feeAmount, feeCurrency), rules == null ? null : rules.zone().getId(), acceptingNewPatients,
				prepaymentRequired, photoUrl, rules == null ? 0 : rules.slotMinutes(), weekly, listed,
				Practice.of(practiceName, practiceAddress, practiceCity, practicePhone));
	}
}
