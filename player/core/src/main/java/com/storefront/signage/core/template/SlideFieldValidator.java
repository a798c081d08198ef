package com.storefront.signage.core.template;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks slide field values against a template's schema before anything is stored. */
public final class SlideFieldValidator {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private SlideFieldValidator() {
    }

    public static List<FieldProblem> validate(TemplatePack pack, Map<String, Object> values) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : values.keySet()) {
            if (pack.field(key).isEmpty()) {
                problems.add(new FieldProblem("fields." + key,
                        "template '" + pack.id() + "' has no field '" + key + "'"));
            }
        }
        for (FieldSpec spec : pack.fields()) {
            Object value = values.get(spec.name());
            String path = "fields." + spec.name();
            if (isBlank(value)) {
                if (spec.required()) {
                    problems.add(new FieldProblem(path, "is required"));
                }
                continue;
            }
            if (spec.localized() && value instanceof Map<?, ?> perLanguage) {
                for (Map.Entry<?, ?> e : perLanguage.entrySet()) {
                    String language = String.valueOf(e.getKey());
                    if (!LANGUAGE.matcher(language).matches()) {
                        problems.add(new FieldProblem(path + "." + language, "is not a language code like 'en' or 'ar'"));
                    } else if (!(e.getValue() instanceof String s)) {
                        problems.add(new FieldProblem(path + "." + language, "must be a string"));
                    } else {
                        checkScalar(spec, path + "." + language, s, problems);
                    }
                }
            } else if (value instanceof String || value instanceof Number) {
                checkScalar(spec, path, String.valueOf(value), problems);
            } else {
                problems.add(new FieldProblem(path, spec.localized()
                        ? "must be a string or an object of strings by language"
                        : "must be a string"));
            }
        }
        return problems;
    }

    private static void checkScalar(FieldSpec spec, String path, String value, List<FieldProblem> problems) {
        if (value.codePointCount(0, value.length()) > spec.maxLength()) {
            problems.add(new FieldProblem(path, "is " + value.codePointCount(0, value.length())
                    + " characters long, at most " + spec.maxLength() + " allowed"));
            return;
        }
        String problem = switch (spec.type()) {
            case TEXT -> null;
            case MONEY -> decimal(value, "an amount such as 4.99");
            case PERCENT -> percent(value);
            case DATE -> date(value);
            case IMAGE -> SHA256.matcher(value).matches() ? null : "must be the sha256 of uploaded media (64 hex digits)";
            case URL -> url(value);
            case CHOICE -> spec.options().contains(value) ? null : "must be one of " + String.join(", ", spec.options());
        };
        if (problem != null) {
            problems.add(new FieldProblem(path, problem));
        }
    }

    private static String decimal(String value, String example) {
        try {
            BigDecimal d = new BigDecimal(value.trim());
            return d.signum() < 0 ? "must not be negative" : null;
        } catch (NumberFormatException e) {
            return "must be " + example;
        }
    }

    private static String percent(String value) {
        String p = decimal(value, "a number from 0 to 100");
        if (p != null) {
            return p;
        }
        return new BigDecimal(value.trim()).compareTo(BigDecimal.valueOf(100)) > 0 ? "must be at most 100" : null;
    }

    private static String date(String value) {
        try {
            LocalDate.parse(value);
            return null;
        } catch (DateTimeParseException e) {
            return "must be a date like 2026-12-24";
        }
    }

    private static String url(String value) {
        try {
            URI uri = URI.create(value);
            String scheme = uri.getScheme();
            return ("https".equals(scheme) || "http".equals(scheme)) && uri.getHost() != null
                    ? null : "must be an http(s) address";
        } catch (IllegalArgumentException e) {
            return "must be an http(s) address";
        }
    }

    /** A per-language map counts as blank when no language has text, so a required field cannot be all blanks. */
    private static boolean isBlank(Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Map<?, ?> m && m.values().stream().allMatch(SlideFieldValidator::isBlankText);
    }

    private static boolean isBlankText(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }
}
