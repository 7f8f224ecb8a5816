package org.careslot.records;

/** How the caller came to see a patient's record. */
enum Access {
	/** the patient themself */
	SELF,
	/** a doctor who has or had a (not cancelled) appointment with the patient */
	DOCTOR,
	/** an admin who stated a reason; audited as such and shown to the patient */
	BREAK_GLASS
}
