package org.careslot.platform.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDirectory where the cluster lives between runs
 * @param ephemeral     a throw-away cluster in a temporary folder (tests)
 * @param port          fixed port for tools such as benchmarks; 0 picks a free one
 * @param durable       a commit is on disk before it is acknowledged ({@code fsync},
 *                      {@code synchronous_commit}, {@code full_page_writes} on), so a power cut
 *                      loses no confirmed booking; off only where the data is thrown away anyway
 */
@ConfigurationProperties("careslot.database.embedded")
record DatabaseProperties(Path dataDirectory, boolean ephemeral, int port, @DefaultValue("true") boolean durable) {
}
