package vn.vieclam.portal.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * TOTP secrets at rest: AES-256-GCM with a key from {@code portal.security.mfa.key} (env
 * {@code PORTAL_MFA_KEY}, 32 bytes Base64). Stored as {@code v1:} + Base64(iv | ciphertext+tag).
 */
@Component
class MfaSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	MfaSecrets(@Value("${portal.security.mfa.key:}") String key) {
		this.key = key.isBlank() ? null : new SecretKeySpec(Base64.getDecoder().decode(key.strip()), "AES");
		if (this.key != null && this.key.getEncoded().length != 32) {
			throw new IllegalStateException("portal.security.mfa.key must be 32 bytes, Base64");
		}
	}

	String encrypt(String secret) {
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
			return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt the MFA secret", ex);
		}
	}

	String decrypt(String stored) {
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring("v1:".length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, 12));
			return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt the MFA secret (wrong portal.security.mfa.key?)", ex);
		}
	}

	private SecretKeySpec key() {
		if (this.key == null) {
			throw new IllegalStateException("Set PORTAL_MFA_KEY (portal.security.mfa.key): 32 random bytes, Base64");
		}
		return this.key;
	}

}
