package org.careslot.platform.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDirectory where the cluster lives between runs
 * @param ephemeral     a throw-away cluster in a temporary folder (tests)
 * @param port          fixed port for tools such as benchmarks; 0 picks a free one
 */
@ConfigurationProperties("careslot.database.embedded")
record DatabaseProperties(Path dataDirectory, boolean ephemeral, int port) {
}
