package org.careslot.appointments;

public enum VisitType {
	IN_PERSON, VIDEO
}
