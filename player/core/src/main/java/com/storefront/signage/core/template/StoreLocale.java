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

    public Currency javaCurrency() {
        return Currency.getInstance(currency);
    }
}
