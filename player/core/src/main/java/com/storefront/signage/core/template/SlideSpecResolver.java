package com.storefront.signage.core.template;

import com.storefront.signage.core.protocol.SlideSpec;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns stored field values into a {@link SlideSpec} for one language: picks the language's text,
 * formats money and dates the store's way, and lists the media the slide needs.
 */
public final class SlideSpecResolver {
    private SlideSpecResolver() {
    }

    /**
     * The languages in which a slide is complete: every required localized field has text in
     * them. A slide whose text is shared by all languages is complete in every one of {@code wanted}.
     */
    public static List<String> languagesOf(TemplatePack pack, Map<String, Object> values, List<String> wanted) {
        List<String> complete = new ArrayList<>();
        for (String language : wanted) {
            boolean ok = true;
            for (FieldSpec spec : pack.fields()) {
                if (spec.required() && text(spec, values.get(spec.name()), language, false) == null) {
                    ok = false;
                }
            }
            if (ok) {
                complete.add(language);
            }
        }
        return complete;
    }

    public static SlideSpec resolve(TemplatePack pack, Map<String, Object> values, String language, StoreLocale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        Set<String> media = new LinkedHashSet<>();
        for (FieldSpec spec : pack.fields()) {
            String raw = text(spec, values.get(spec.name()), language, true);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            fields.put(spec.name(), switch (spec.type()) {
                case MONEY -> money(raw, locale, language);
                case PERCENT -> percent(raw, locale, language);
                case DATE -> date(raw, locale, language);
                default -> raw;
            });
            if (spec.type() == FieldType.IMAGE) {
                media.add(raw);
            }
        }
        return new SlideSpec(pack.id(), language, fields, List.copyOf(media));
    }

    private static String text(FieldSpec spec, Object value, String language, boolean fallBack) {
        if (value instanceof Map<?, ?> perLanguage) {
            Object v = perLanguage.get(language);
            if (v == null && fallBack) {
                v = perLanguage.containsKey("en") ? perLanguage.get("en") : perLanguage.values().stream().findFirst().orElse(null);
            }
            return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v);
        }
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }

    static String money(String amount, StoreLocale locale, String language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.forLanguage(language));
        format.setCurrency(locale.javaCurrency());
        // setCurrency keeps the locale's own currency's decimals: en-US with JPY would show "¥300.00"
        int digits = locale.javaCurrency().getDefaultFractionDigits();
        if (digits >= 0) {
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
        }
        // some locales glue an ISO code to the digits ("AED3.49"); a shopper reads "AED 3.49" faster
        return format.format(new BigDecimal(amount.trim()))
                .replaceAll("^([A-Z]{3})(?=\\d)", "$1\u00a0")
                .replaceAll("(?<=\\d)([A-Z]{3})$", "\u00a0$1");
    }

    private static String percent(String value, StoreLocale locale, String language) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale.forLanguage(language));
        return format.format(new BigDecimal(value.trim()).setScale(0, java.math.RoundingMode.HALF_UP)) + "%";
    }

    private static String date(String value, StoreLocale locale, String language) {
        Locale forText = locale.forLanguage(language);
        return LocalDate.parse(value).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(forText));
    }
}
