package org.careslot.doctors;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One working interval on a weekday, in local time of the doctor's zone. */
@Entity
@Table(name = "doctor_weekly_hours")
class WeeklyHours {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "doctor_id")
	private Doctor doctor;

	private short dayOfWeek;

	private LocalTime startTime;

	private LocalTime endTime;

	protected WeeklyHours() {
	}

	WeeklyHours(Doctor doctor, WorkingInterval interval) {
		this.id = UUID.randomUUID();
		this.doctor = doctor;
		this.dayOfWeek = (short) interval.day().getValue();
		this.startTime = interval.start();
		this.endTime = interval.end();
	}

	WorkingInterval view() {
		return new WorkingInterval(DayOfWeek.of(dayOfWeek), startTime, endTime);
	}
}
