package org.careslot.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for sensitive values at rest (clinical text and files, second-factor secrets).
 * Each sealed value travels with the id of the key that sealed it, so keys can rotate: new
 * values use the current key, older ones still open with the previous keys. The context (say
 * {@code "visit_notes.body:<id>"}) is authenticated too, so a value copied onto another row or
 * column does not open.
 */
public final class FieldEncryption {

	/** @param keyId which key sealed it; {@code data} = 12-byte nonce followed by ciphertext and tag */
	public record Sealed(String keyId, byte[] data) {
	}

	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final String currentKeyId;
	private final Map<String, SecretKey> keys = new LinkedHashMap<>();
	private final SecureRandom random = new SecureRandom();

	/** @param current a 32-byte key; {@code previous} = keys that only open older values */
	public FieldEncryption(byte[] current, List<byte[]> previous) {
		this.currentKeyId = add(current);
		previous.forEach(this::add);
	}

	private String add(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("An encryption key must be 32 bytes (256 bits), base64-encoded");
		}
		String id = keyId(key);
		keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
		return id;
	}

	/** A short public name for a key: the first four bytes of its SHA-256, in hex. */
	static String keyId(byte[] key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String currentKeyId() {
		return currentKeyId;
	}

	public Sealed seal(byte[] plain, String context) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), nonce, context);
			byte[] sealed = ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plain.length))
				.put(nonce)
				.put(cipher.doFinal(plain))
				.array();
			return new Sealed(currentKeyId, sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/** @throws IllegalStateException for an unknown key, a changed value or the wrong context */
	public byte[] open(Sealed sealed, String context) {
		SecretKey key = keys.get(sealed.keyId());
		if (key == null) {
			throw new IllegalStateException("No encryption key with id " + sealed.keyId() + " is configured");
		}
		byte[] data = sealed.data();
		try {
			byte[] nonce = java.util.Arrays.copyOfRange(data, 0, NONCE_BYTES);
			return cipher(Cipher.DECRYPT_MODE, key, nonce, context).doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A sealed value did not open: altered, moved or under another key", ex);
		}
	}

	public Sealed sealText(String text, String context) {
		return seal(text.getBytes(StandardCharsets.UTF_8), context);
	}

	public String openText(Sealed sealed, String context) {
		return new String(open(sealed, context), StandardCharsets.UTF_8);
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String context) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}
}
