package org.careslot.doctors;

import org.careslot.identity.AccountRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the directory's copy of a doctor's name in step with their account, in the same transaction. */
@Component
class DoctorNames {

	private final JdbcClient jdbc;

	DoctorNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountRenamed event) {
		jdbc.sql("UPDATE doctors SET full_name = :name WHERE user_id = :user")
			.param("name", event.fullName())
			.param("user", event.userId())
			.update();
	}
}
