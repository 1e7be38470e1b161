package com.coopromo.reward.domain;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Reward offer codes: a prefix and 12 random characters from an alphabet without look-alikes (no 0/O, 1/I/L), about
 * 59 bits, so a code cannot be guessed from another one.
 */
public final class RewardCodes {
    public static final String PREFIX = "COOP-";
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 12;

    private final Random random;

    public RewardCodes() {
        this(new SecureRandom());
    }

    public RewardCodes(Random random) {
        this.random = random;
    }

    public String next() {
        StringBuilder b = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }
}
