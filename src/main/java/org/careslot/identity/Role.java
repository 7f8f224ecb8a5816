package org.careslot.identity;

public enum Role {
	PATIENT, DOCTOR, ADMIN
}
