package com.coopromo.assets.domain;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.Validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Campaign copy with blanks each seller fills in, written {@code {{sellerName}}}. Rendering needs a value for every
 * placeholder and refuses names the template does not have, so a typo in a seller's form is caught instead of
 * printing "{{selerName}}" on a live page. Values are inserted as they are, in one pass: a value containing
 * "{{...}}" is not expanded again.
 */
public final class CopyTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\}\\}");

    private final String text;
    private final Set<String> placeholders;

    private CopyTemplate(String text, Set<String> placeholders) {
        this.text = text;
        this.placeholders = Collections.unmodifiableSet(placeholders);
    }

    /** @throws CoopValidationException if the text is empty or has a malformed placeholder */
    public static CopyTemplate of(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new CoopValidationException("template", "is required");
        }
        Set<String> names = new LinkedHashSet<String>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        int open = rest.indexOf("{{");
        int close = rest.indexOf("}}");
        int stray = open < 0 ? close : close < 0 ? open : Math.min(open, close);
        if (stray >= 0) {
            throw new CoopValidationException("template", "has a malformed placeholder near \""
                    + rest.substring(stray, Math.min(rest.length(), stray + 20)).trim()
                    + "\" (write {{name}} with a letter first, then letters, digits or _)");
        }
        return new CopyTemplate(text, names);
    }

    public String text() {
        return text;
    }

    /** Placeholder names in order of first appearance. */
    public Set<String> placeholders() {
        return placeholders;
    }

    /**
     * Fills in every placeholder.
     *
     * @throws CoopValidationException naming the placeholders without a (non-blank) value and the unknown names
     */
    public String render(Map<String, String> values) {
        Validation v = new Validation();
        List<String> missing = new ArrayList<String>();
        for (String name : placeholders) {
            String value = values.get(name);
            if (value == null || value.trim().isEmpty()) {
                missing.add("{{" + name + "}}");
            }
        }
        Set<String> unknown = new TreeSet<String>();
        for (String name : values.keySet()) {
            if (!placeholders.contains(name)) {
                unknown.add("{{" + name + "}}");
            }
        }
        v.require(missing.isEmpty(), "placeholders", "no value for " + String.join(", ", missing));
        if (!unknown.isEmpty()) {
            List<String> known = new ArrayList<String>();
            for (String name : placeholders) {
                known.add("{{" + name + "}}");
            }
            v.reject("placeholders", "the template has no " + String.join(", ", unknown)
                    + (known.isEmpty() ? " (it has no placeholders)" : " (it has " + String.join(", ", known) + ")"));
        }
        v.throwIfInvalid();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuffer out = new StringBuffer();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
