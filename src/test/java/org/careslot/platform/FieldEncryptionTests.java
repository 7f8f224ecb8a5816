package org.careslot.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldEncryptionTests {

	static byte[] key(int fill) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) fill);
		return key;
	}

	@Test
	void sealsSoNothingOfTheTextShowsAndOpensOnlyWithTheSameContext() {
		FieldEncryption encryption = new FieldEncryption(key(1), List.of());
		FieldEncryption.Sealed sealed = encryption.sealText("Penicillin allergy", "allergies:42");

		assertThat(new String(sealed.data(), StandardCharsets.ISO_8859_1)).doesNotContain("Penicillin");
		assertThat(encryption.sealText("Penicillin allergy", "allergies:42").data()).as("a fresh nonce each time")
			.isNotEqualTo(sealed.data());
		assertThat(encryption.openText(sealed, "allergies:42")).isEqualTo("Penicillin allergy");
		assertThatThrownBy(() -> encryption.openText(sealed, "allergies:43")).as("moved to another row")
			.isInstanceOf(IllegalStateException.class);

		byte[] altered = sealed.data().clone();
		altered[altered.length - 1] ^= 1;
		assertThatThrownBy(() -> encryption.open(new FieldEncryption.Sealed(sealed.keyId(), altered), "allergies:42"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
		FieldEncryption before = new FieldEncryption(key(1), List.of());
		FieldEncryption.Sealed old = before.sealText("Asthma", "conditions:7");

		FieldEncryption after = new FieldEncryption(key(2), List.of(key(1)));
		assertThat(after.openText(old, "conditions:7")).isEqualTo("Asthma");
		FieldEncryption.Sealed fresh = after.sealText("Asthma", "conditions:7");
		assertThat(fresh.keyId()).isEqualTo(after.currentKeyId()).isNotEqualTo(old.keyId());
		assertThatThrownBy(() -> before.openText(fresh, "conditions:7")).hasMessageContaining(fresh.keyId());
	}

	@Test
	void refusesKeysOfTheWrongSize() {
		assertThatThrownBy(() -> new FieldEncryption(new byte[16], List.of())).hasMessageContaining("32 bytes");
	}
}
