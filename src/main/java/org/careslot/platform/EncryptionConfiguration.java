package org.careslot.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The key comes from {@code CARESLOT_ENCRYPTION_KEY} (base64 of 32 random bytes; older keys in
 * {@code CARESLOT_ENCRYPTION_PREVIOUS_KEYS}, comma-separated). With an external database it is
 * required. On the embedded database of a local install a key is made once and kept beside the
 * data folder, so the demo needs no setup; tests get a throw-away key.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EncryptionConfiguration.class);

	@Bean
	FieldEncryption fieldEncryption(Environment env, DatabaseMode database) throws IOException {
		String configured = env.getProperty("careslot.encryption.key");
		List<byte[]> previous = Arrays.stream(env.getProperty("careslot.encryption.previous-keys", "").split(","))
			.map(String::strip)
			.filter(StringUtils::hasText)
			.map(EncryptionConfiguration::decode)
			.toList();
		if (StringUtils.hasText(configured)) {
			return new FieldEncryption(decode(configured), previous);
		}
		if (!database.embedded()) {
			throw new IllegalStateException("CARESLOT_ENCRYPTION_KEY is required with an external database: "
					+ "set it to 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`");
		}
		if (env.getProperty("careslot.database.embedded.ephemeral", Boolean.class, false)) {
			return new FieldEncryption(randomKey(), previous);
		}
		Path dataDirectory = Path.of(env.getProperty("careslot.database.embedded.data-directory", "./data/postgres"));
		Path keyFile = dataDirectory.toAbsolutePath().normalize().resolveSibling("encryption.key");
		return new FieldEncryption(localKey(keyFile), previous);
	}

	private static byte[] localKey(Path keyFile) throws IOException {
		if (Files.exists(keyFile)) {
			return decode(Files.readString(keyFile));
		}
		byte[] key = randomKey();
		Files.createDirectories(keyFile.getParent());
		Files.writeString(keyFile, Base64.getEncoder().encodeToString(key));
		try {
			Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the folder's own permissions apply
		}
		log.warn("Made a local encryption key at {} for the embedded database; keep it with the data "
				+ "(set CARESLOT_ENCRYPTION_KEY for a real installation)", keyFile);
		return key;
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	private static byte[] decode(String base64) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The encryption key is not valid base64", ex);
		}
	}
}
