package com.coopromo.debrief.domain;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * One seller's answer to a campaign's feedback survey: asset clarity, messaging and fairness each scored 1 to 5, and
 * an optional comment (at most {@value #COMMENT_MAX} characters). {@link #check} refuses every bad field at once, one
 * sentence each.
 */
public final class SurveyAnswer {
    public static final String ASSET_CLARITY = "assetClarity";
    public static final String MESSAGING = "messaging";
    public static final String FAIRNESS = "fairness";
    public static final String COMMENT = "comment";
    public static final int COMMENT_MAX = 2000;

    private final int assetClarity;
    private final int messaging;
    private final int fairness;
    private final String comment;

    public SurveyAnswer(int assetClarity, int messaging, int fairness, String comment) {
        this.assetClarity = assetClarity;
        this.messaging = messaging;
        this.fairness = fairness;
        this.comment = comment;
    }

    /** The answer typed into the form, or every field's refusal. */
    public static SurveyAnswer check(String assetClarity, String messaging, String fairness, String comment) {
        List<FieldError> errors = new ArrayList<FieldError>();
        int a = score(ASSET_CLARITY, "asset clarity", assetClarity, errors);
        int m = score(MESSAGING, "messaging", messaging, errors);
        int f = score(FAIRNESS, "fairness", fairness, errors);
        String c = comment == null || comment.trim().isEmpty() ? null : comment.trim();
        if (c != null && c.length() > COMMENT_MAX) {
            errors.add(new FieldError(COMMENT, "must be at most " + COMMENT_MAX + " characters (was " + c.length() + ")."));
        }
        if (!errors.isEmpty()) {
            throw new CoopValidationException(errors);
        }
        return new SurveyAnswer(a, m, f, c);
    }

    private static int score(String field, String label, String text, List<FieldError> errors) {
        if (text == null || text.trim().isEmpty()) {
            errors.add(new FieldError(field, "give " + label + " a score from 1 to 5."));
            return 0;
        }
        try {
            int v = Integer.parseInt(text.trim());
            if (v >= 1 && v <= 5) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.add(new FieldError(field, "must be a whole score from 1 to 5 (was \"" + text.trim() + "\")."));
        return 0;
    }

    public int assetClarity() { return assetClarity; }

    public int messaging() { return messaging; }

    public int fairness() { return fairness; }

    /** Null when the seller left none. */
    public String comment() { return comment; }
}
