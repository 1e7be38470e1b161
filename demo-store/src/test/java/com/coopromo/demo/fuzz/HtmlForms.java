package com.coopromo.demo.fuzz;

import com.coopromo.demo.fuzz.FuzzClient.Param;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The POST forms of a page, with their fields as the page fills them in (what a browser would send). */
final class HtmlForms {
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile(
            "<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>|<input\\b([^>]*)>|<button\\b([^>]*)>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    /** A form: where it posts, its fields in page order, and the names of its hidden fields. */
    record Form(String action, List<Param> fields, java.util.Set<String> hidden) {
    }

    private HtmlForms() {
    }

    static List<Form> postForms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String attributes = form.group(1);
            if (!"post".equalsIgnoreCase(attribute(attributes, "method"))) {
                continue;
            }
            String action = attribute(attributes, "action");
            if (action == null) {
                continue;
            }
            java.util.Set<String> hidden = new java.util.HashSet<>();
            forms.add(new Form(action, fields(form.group(2), hidden), hidden));
        }
        return forms;
    }

    private static List<Param> fields(String body, java.util.Set<String> hidden) {
        List<Param> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(body);
        boolean button = false;
        while (m.find()) {
            if (m.group(6) != null) {
                // the first named button is the one a person presses: a browser sends its name and value
                String name = attribute(m.group(6), "name");
                if (name != null && !button) {
                    String value = attribute(m.group(6), "value");
                    fields.add(new Param(name, value == null ? "" : value));
                    button = true;
                }
            } else if (m.group(1) != null) {
                String name = attribute(m.group(1), "name");
                if (name != null) {
                    fields.add(new Param(name, unescape(m.group(2))));
                }
            } else if (m.group(3) != null) {
                String name = attribute(m.group(3), "name");
                if (name == null) {
                    continue;
                }
                String chosen = null;
                Matcher option = OPTION.matcher(m.group(4));
                while (option.find()) {
                    String value = attribute(option.group(1), "value");
                    if (chosen == null || option.group(1).toLowerCase().contains("selected")) {
                        chosen = value == null ? "" : value;
                    }
                }
                fields.add(new Param(name, chosen == null ? "" : chosen));
            } else {
                String attributes = m.group(5);
                String name = attribute(attributes, "name");
                String type = attribute(attributes, "type");
                type = type == null ? "text" : type.toLowerCase();
                if (name == null || type.equals("submit") || type.equals("button") || type.equals("file")) {
                    continue;
                }
                if ((type.equals("checkbox") || type.equals("radio")) && !attributes.toLowerCase().contains("checked")) {
                    continue;
                }
                if (type.equals("hidden")) {
                    hidden.add(name);
                }
                String value = attribute(attributes, "value");
                fields.add(new Param(name, value == null ? (type.equals("checkbox") ? "on" : "") : value));
            }
        }
        return fields;
    }

    static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE)
                .matcher(attributes);
        if (!m.find()) {
            return null;
        }
        return unescape(m.group(2) != null ? m.group(2) : m.group(3));
    }

    static String unescape(String text) {
        return text.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
