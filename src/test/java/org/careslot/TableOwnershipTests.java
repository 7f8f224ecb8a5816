package org.careslot;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What {@link ModularityTests} cannot see: SQL. Every table belongs to one module; another module
 * may name it in a query only when this file says why (a read model or a report), so a new
 * cross-module query is a decision made here, not an accident in a string.
 */
class TableOwnershipTests {

	private static final Path SOURCES = Path.of("src/main/java/org/careslot");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Which module writes each table (its migration, its rules). */
	static final Map<String, String> OWNER = Map.ofEntries(entry("appointments", "appointments"),
			entry("appointment_idempotency_keys", "appointments"), entry("lapsed_holds", "appointments"),
			entry("doctor_next_free_slots", "appointments"), entry("doctors", "doctors"),
			entry("doctor_schedules", "scheduling"), entry("doctor_weekly_hours", "scheduling"),
			entry("doctor_date_overrides", "scheduling"), entry("doctor_time_off", "scheduling"),
			entry("users", "identity"), entry("social_accounts", "identity"), entry("two_factor", "identity"),
			entry("recovery_codes", "identity"), entry("phone_verifications", "identity"),
			entry("login_throttle_buckets", "identity"), entry("spring_session", "identity"),
			entry("spring_session_attributes", "identity"), entry("patients", "records"),
			entry("record_entries", "records"), entry("visit_notes", "records"), entry("visit_note_versions", "records"),
			entry("attachments", "records"), entry("clinical_audit", "records"), entry("payments", "payments"),
			entry("stripe_events", "payments"), entry("notifications", "notifications"),
			entry("clinic_settings", "clinic"), entry("event_publication", "platform"),
			entry("platform_leases", "platform"), entry("rate_limit_buckets", "platform"));

	/**
	 * The deliberate exceptions, module → other modules' tables it reads. Each is a join for names or
	 * zones in a list the module answers, or a report; none writes another module's table.
	 */
	static final Map<String, Set<String>> ALLOWED = Map.of(
			// the slot engine's inputs and the booking's display names, read in the same query as the visit
			"appointments", Set.of("doctors", "doctor_schedules", "users"),
			// the directory sorts by the next free slot, a read model the appointments module keeps
			"doctors", Set.of("doctor_next_free_slots", "doctor_schedules", "users"),
			// a text names the doctor and the time in the doctor's zone
			"notifications", Set.of("appointments", "doctors", "doctor_schedules", "users"),
			// the payment log names patient and doctor
			"payments", Set.of("appointments", "doctors", "users"),
			// who cared for the patient (issue 13 §3 moves these rules behind the appointments API)
			"records", Set.of("appointments", "doctors", "users"),
			// the patient's PDF: a read-only report across the record, the visits and the payments
			"reports", Set.of("appointments", "doctors", "doctor_schedules", "payments", "users"));

	private static final Pattern SQL_TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_][a-z0-9_]*)\\b");

	private static final Pattern SQL_WRITE = Pattern.compile("\\b(?:INSERT INTO|UPDATE|DELETE FROM)\\s+([a-z_][a-z0-9_]*)\\b");

	private static final Pattern JPA_TABLE = Pattern.compile("@Table\\(name\\s*=\\s*\"([a-z_][a-z0-9_]*)\"");

	private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_][a-z0-9_]*)");

	/** The known tables a piece of source names in SQL (upper-case keywords) or maps with JPA. */
	static Set<String> tablesNamedIn(String source) {
		Set<String> tables = new TreeSet<>();
		for (Pattern pattern : List.of(SQL_TABLE, JPA_TABLE)) {
			Matcher m = pattern.matcher(source);
			while (m.find()) {
				if (OWNER.containsKey(m.group(1))) {
					tables.add(m.group(1));
				}
			}
		}
		return tables;
	}

	/**
	 * "module/File.java: table (owned by …)" for each table the source reads that is neither its own
	 * nor allowed, and for every other module's table it writes: only the owner writes.
	 */
	static List<String> violations(String module, String file, String source) {
		Set<String> written = new TreeSet<>();
		Matcher m = SQL_WRITE.matcher(source);
		while (m.find()) {
			if (OWNER.containsKey(m.group(1))) {
				written.add(m.group(1));
			}
		}
		return tablesNamedIn(source).stream()
			.filter(table -> !OWNER.get(table).equals(module))
			.filter(table -> written.contains(table) || !ALLOWED.getOrDefault(module, Set.of()).contains(table))
			.map(table -> "%s/%s: %s%s (owned by %s)".formatted(module, file, written.contains(table) ? "writes " : "",
					table, OWNER.get(table)))
			.toList();
	}

	@Test
	void everyTableHasAnOwner() throws IOException {
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			files.map(TableOwnershipTests::read).forEach(sql -> {
				Matcher m = CREATE_TABLE.matcher(sql);
				while (m.find()) {
					created.add(m.group(1));
				}
			});
		}
		assertThat(OWNER.keySet()).as("a new table needs an owner here").containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void modulesQueryOnlyTheirOwnTablesOrAnAllowedReadModel() throws IOException {
		List<String> found = new ArrayList<>();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue; // the application class
				}
				String module = relative.getName(0).toString();
				String source = read(file);
				found.addAll(violations(module, relative.subpath(1, relative.getNameCount()).toString(), source));
				tablesNamedIn(source).forEach(table -> used.add(module + " → " + table));
			}
		}
		assertThat(found).as("cross-module SQL: use the owner's public API, or add a read model to ALLOWED with why")
			.isEmpty();
		List<String> stale = ALLOWED.entrySet().stream()
			.flatMap(e -> e.getValue().stream().map(table -> e.getKey() + " → " + table))
			.filter(pair -> !used.contains(pair))
			.toList();
		assertThat(stale).as("exceptions nobody needs any more: remove them").isEmpty();
	}

	@Test
	void aNewCrossModuleQueryIsCaughtAndAnAllowedOneIsNot() {
		assertThat(violations("notifications", "Planner.java", "SELECT body FROM visit_notes WHERE id = :id"))
			.containsExactly("notifications/Planner.java: visit_notes (owned by records)");
		assertThat(violations("payments", "Log.java", "SELECT a.starts_at FROM payments p JOIN appointments a")).isEmpty();
		assertThat(violations("payments", "Refunds.java", "UPDATE appointments SET status = 'CANCELLED'"))
			.as("reading is allowed, writing never").containsExactly("payments/Refunds.java: writes appointments (owned by appointments)");
		assertThat(violations("records", "Notes.java", "INSERT INTO visit_notes (id) VALUES (?)")).isEmpty();
		assertThat(violations("billing", "Invoice.java", "@Table(name = \"payments\")"))
			.containsExactly("billing/Invoice.java: payments (owned by payments)");
		assertThat(tablesNamedIn("// read from the users of the clinic, joined later")).as("prose is not SQL").isEmpty();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
