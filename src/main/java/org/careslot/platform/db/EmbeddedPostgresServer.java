package org.careslot.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL process per JVM, shared by every Spring context that uses it (the test
 * contexts in one JVM) and stopped when the last of them closes.
 * <p>
 * Not by a JVM shutdown hook: hooks run side by side, so PostgreSQL would stop while the
 * contexts are still closing, and a last database call on the way down (Spring Modulith looks
 * for unfinished event publications) would wait out Hikari's 30-second connection timeout.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static EmbeddedPostgres instance;
	private static int users;

	private EmbeddedPostgresServer() {
	}

	/** The running server, started on first use; every call must be matched by {@link #release()}. */
	static synchronized EmbeddedPostgres acquire(DatabaseProperties properties) {
		if (instance == null) {
			instance = start(properties);
		}
		users++;
		return instance;
	}

	static synchronized void release() {
		if (instance == null || --users > 0) {
			return;
		}
		try {
			instance.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
		instance = null;
	}

	/**
	 * Starts a server of its own (not the shared one) on the configured data directory; the
	 * caller closes it.
	 * <p>
	 * zonky's builder is made for tests: it starts the postmaster with {@code -F} (no fsync) and
	 * {@code synchronous_commit=off}, so a commit is acknowledged before it is on disk and a power
	 * cut can take confirmed bookings with it. Durable servers override both: the {@code -c}
	 * settings come after {@code -F} on the postmaster's command line, and the last one wins.
	 */
	static EmbeddedPostgres start(DatabaseProperties properties) {
		try {
			Path dir = properties.ephemeral() ? Files.createTempDirectory("careslot-pg")
					: Files.createDirectories(properties.dataDirectory().toAbsolutePath().normalize());
			String durable = properties.durable() ? "on" : "off";
			if (properties.durable() || properties.ephemeral()) {
				log.info("Starting embedded PostgreSQL with data in {}{}", dir, properties.durable() ? "" : " (not crash-safe)");
			}
			else {
				log.warn("Starting embedded PostgreSQL with data in {} WITHOUT fsync and synchronous commit: "
						+ "a crash or power cut can lose committed data (careslot.database.embedded.durable=false)", dir);
			}
			// zonky treats port 0 as "find a free one"
			return EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(properties.ephemeral())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("fsync", durable)
				.setServerConfig("synchronous_commit", durable)
				.setServerConfig("full_page_writes", durable)
				.setPort(properties.port())
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}
}
