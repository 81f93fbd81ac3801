package io.trustframe.identity.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM envelope encryption of secrets at rest: each secret is encrypted with a fresh data key, and the data
 * key is encrypted ("wrapped") with the {@link MasterKey}. The caller's context (tenant, container, version) is bound
 * in as associated data, so a sealed value copied onto another row does not open.
 *
 * <p>Sealed form, base64: {@code 1 | master key id (8) | wrap IV (12) | wrapped data key (32 + 16 tag) | IV (12) | ciphertext + tag}.
 */
public final class SecretEnvelope {

    private static final byte FORMAT = 1;
    private static final int IV = 12;
    private static final int TAG_BITS = 128;
    private static final int WRAPPED = MasterKey.LENGTH + TAG_BITS / 8;

    private final MasterKey master;
    private final SecureRandom random;

    public SecretEnvelope(MasterKey master, SecureRandom random) {
        this.master = master;
        this.random = random;
    }

    public String seal(byte[] secret, String context) {
        byte[] dataKey = new byte[MasterKey.LENGTH];
        random.nextBytes(dataKey);
        byte[] wrapIv = randomIv();
        byte[] iv = randomIv();
        byte[] aad = context.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, master.secretKey(), wrapIv, aad, dataKey);
            byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), iv, aad, secret);
            ByteBuffer out = ByteBuffer.allocate(1 + 8 + IV + WRAPPED + IV + ciphertext.length);
            out.put(FORMAT).put(master.id()).put(wrapIv).put(wrapped).put(iv).put(ciphertext);
            return Base64.getEncoder().encodeToString(out.array());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** @throws SealedSecretException when the envelope was sealed with another master key, for another context, or was altered */
    public byte[] open(String sealed, String context) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new SealedSecretException("a stored secret is not a sealed envelope");
        }
        if (bytes.length < 1 + 8 + IV + WRAPPED + IV + TAG_BITS / 8 || bytes[0] != FORMAT) {
            throw new SealedSecretException("a stored secret is not a sealed envelope");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        byte[] masterId = take(in, 8);
        if (!MessageDigest.isEqual(masterId, master.id())) {
            throw new SealedSecretException("a stored secret was sealed with a different master key");
        }
        byte[] wrapIv = take(in, IV);
        byte[] wrapped = take(in, WRAPPED);
        byte[] iv = take(in, IV);
        byte[] ciphertext = take(in, in.remaining());
        byte[] aad = context.getBytes(StandardCharsets.UTF_8);
        byte[] dataKey = gcm(Cipher.DECRYPT_MODE, master.secretKey(), wrapIv, aad, wrapped);
        try {
            return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), iv, aad, ciphertext);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private byte[] randomIv() {
        byte[] iv = new byte[IV];
        random.nextBytes(iv);
        return iv;
    }

    private static byte[] take(ByteBuffer in, int length) {
        byte[] part = new byte[length];
        in.get(part);
        return part;
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] iv, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new SealedSecretException("a stored secret does not open: altered, or sealed for another record");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** A sealed secret that cannot be opened. The message never contains secret material. */
    public static final class SealedSecretException extends RuntimeException {
        public SealedSecretException(String message) {
            super(message);
        }
    }
}
