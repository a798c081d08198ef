package com.storefront.signage.server.store;

import static com.storefront.signage.server.http.FieldError.require;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** A store as created or replaced through the API, validated field by field. */
public record StoreInput(String name, String timeZone, String region, List<String> tags,
                         List<String> languages, String locale, String currency) {
    public StoreInput {
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required, at most 100 characters");
        require(timeZone != null && isZone(timeZone), "timeZone", "must be an IANA time zone such as Europe/Sofia");
        region = region == null ? "" : region.trim();
        require(region.length() <= 60, "region", "at most 60 characters");
        tags = tags == null ? List.of() : List.copyOf(tags);
        require(tags.stream().allMatch(t -> t.matches("[a-z0-9-]{1,40}")), "tags", "each tag is 1-40 of a-z, 0-9 and '-'");
        require(languages != null && !languages.isEmpty(), "languages", "name at least one language, e.g. [\"ar\", \"en\"]");
        languages = List.copyOf(languages);
        require(languages.stream().allMatch(l -> l.matches("[a-z]{2,3}")), "languages", "each language is a code like 'en' or 'ar'");
        require(locale != null && !Locale.forLanguageTag(locale).getLanguage().isEmpty(), "locale", "must be a locale such as ar-AE");
        require(currency != null && isCurrency(currency), "currency", "must be an ISO 4217 code such as EUR");
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || "UTC".equals(zone);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
