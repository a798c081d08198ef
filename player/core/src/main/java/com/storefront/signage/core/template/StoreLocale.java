package com.storefront.signage.core.template;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** How a store writes money and dates: a BCP 47 locale (e.g. {@code ar-AE}) and an ISO 4217 currency. */
public record StoreLocale(String locale, String currency) {
    public StoreLocale {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(currency, "currency");
    }

    public Locale javaLocale() {
        return Locale.forLanguageTag(locale);
    }

    /**
     * The locale to write numbers in for a slide in {@code language}: that language, the store's
     * country, and Latin digits unless the store's locale asks for others (e.g. {@code ar-AE-u-nu-arab}).
     */
    public Locale forLanguage(String language) {
        Locale store = javaLocale();
        String digits = store.getUnicodeLocaleType("nu");
        return new Locale.Builder().setLanguage(language).setRegion(store.getCountry())
                .setUnicodeLocaleKeyword("nu", digits == null ? "latn" : digits).build();
    }

    public Currency javaCurrency() {
        return Currency.getInstance(currency);
    }
}
