package org.careslot.records;

import org.careslot.appointments.AppointmentReasonsRead;
import org.careslot.identity.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Visit reasons are clinical text: an administrator's break-glass read of them joins each patient's audit log. */
@Component
class ReasonsReadAudit {

	private final ClinicalAudit audit;

	ReasonsReadAudit(ClinicalAudit audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AppointmentReasonsRead read) {
		Actor admin = new Actor(read.adminId(), Role.ADMIN, read.address(), read.reason());
		audit.logAll(read.patientIds().stream().map(p -> new ClinicalAudit.Logged(admin, p, "BREAK_GLASS_REASONS", null)).toList());
	}
}
