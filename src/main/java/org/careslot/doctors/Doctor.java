package org.careslot.doctors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

	private String timeZone;

	private boolean acceptingNewPatients;

	private String photoUrl;

	private int slotMinutes;

	private boolean listed;

	private Instant createdAt;

	@Version
	private Long version;

	@OneToMany(mappedBy = "doctor", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dayOfWeek, startTime")
	private List<WeeklyHours> weeklyHours = new ArrayList<>();

	protected Doctor() {
	}

	Doctor(UUID userId, NewDoctor profile, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.fullName = profile.fullName().strip();
		this.specialty = profile.specialty().strip();
		this.bio = profile.bio() == null ? "" : profile.bio();
		this.yearsOfExperience = profile.yearsOfExperience();
		this.languages = profile.languages().toArray(String[]::new);
		this.feeAmount = profile.fee().amount();
		this.feeCurrency = profile.fee().currency();
		this.timeZone = profile.timeZone().getId();
		this.acceptingNewPatients = true;
		this.photoUrl = profile.photoUrl();
		this.slotMinutes = profile.slotMinutes();
		this.listed = true;
		this.createdAt = now;
		profile.weeklyHours().forEach(h -> weeklyHours.add(new WeeklyHours(this, h)));
	}

	UUID id() {
		return id;
	}

	DoctorView view() {
		return new DoctorView(id, userId, fullName, specialty, bio, yearsOfExperience, List.of(languages),
				new Money(feeAmount, feeCurrency), timeZone, acceptingNewPatients, photoUrl, slotMinutes,
				weeklyHours.stream().map(WeeklyHours::view).toList());
	}
}
