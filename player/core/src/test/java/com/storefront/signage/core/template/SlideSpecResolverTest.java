package com.storefront.signage.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.SlideSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlideSpecResolverTest {
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final TemplatePack PROMOTION = TemplateCatalog.fromClassPath().get("promotion");
    private static final StoreLocale US = new StoreLocale("en-US", "USD");
    private static final StoreLocale BULGARIA = new StoreLocale("bg-BG", "BGN");

    @Test
    void picksTheRequestedLanguage() {
        SlideSpec spec = SlideSpecResolver.resolve(PROMOTION, promotion(), "ar", US);

        assertEquals("ar", spec.language());
        assertEquals("تخفيضات الصيف", spec.fields().get("headline"));
    }

    @Test
    void fallsBackToEnglishWhenTheLanguageHasNoText() {
        Map<String, Object> values = promotion();
        values.put("headline", Map.of("bg", "Лятна разпродажба", "en", "Summer sale"));

        SlideSpec spec = SlideSpecResolver.resolve(PROMOTION, values, "ar", US);

        assertEquals("Summer sale", spec.fields().get("headline"));
        assertEquals("ar", spec.language());
    }

    @Test
    void fallsBackToTheOnlyLanguageThereIsWhenEnglishIsMissingToo() {
        Map<String, Object> values = promotion();
        values.put("headline", Map.of("bg", "Лятна разпродажба"));

        assertEquals("Лятна разпродажба", SlideSpecResolver.resolve(PROMOTION, values, "ar", US).fields().get("headline"));
    }

    @Test
    void usesOneSharedStringForEveryLanguage() {
        Map<String, Object> values = promotion();
        values.put("headline", "SALE");

        assertEquals("SALE", SlideSpecResolver.resolve(PROMOTION, values, "ar", US).fields().get("headline"));
        assertEquals("SALE", SlideSpecResolver.resolve(PROMOTION, values, "bg", US).fields().get("headline"));
    }

    @Test
    void formatsDollarsTheAmericanWay() {
        SlideSpec spec = SlideSpecResolver.resolve(PROMOTION, promotion(), "en", US);

        assertEquals("$3.49", spec.fields().get("nowPrice"));
        assertEquals("$4.99", spec.fields().get("wasPrice"));
    }

    @Test
    void formatsLevaTheBulgarianWay() {
        String price = SlideSpecResolver.resolve(PROMOTION, promotion(), "bg", BULGARIA).fields().get("nowPrice");

        assertTrue(price.contains("лв"), price);
        assertTrue(price.startsWith("3,49"), price);
    }

    @Test
    void formatsMoneyWithTheStoresCurrencyRatherThanTheLocalesOwn() {
        String price = SlideSpecResolver.resolve(PROMOTION, promotion(), "bg", new StoreLocale("bg-BG", "EUR"))
                .fields().get("nowPrice");

        assertTrue(price.contains("€"), price);
        assertFalse(price.contains("лв"), price);
    }

    @Test
    void formatsYenWithoutDecimalsInAnEnglishLocale() {
        Map<String, Object> values = promotion();
        values.put("nowPrice", "300");

        assertEquals("¥300", SlideSpecResolver.resolve(PROMOTION, values, "en", new StoreLocale("en-US", "JPY"))
                .fields().get("nowPrice"));
    }

    @Test
    void formatsPercentAsAWholeNumber() {
        Map<String, Object> values = promotion();
        values.put("percentOff", "12.5");

        assertEquals("13%", SlideSpecResolver.resolve(PROMOTION, values, "en", US).fields().get("percentOff"));
    }

    @Test
    void formatsTheDateInTheSlidesLanguage() {
        assertEquals("Dec 24, 2026", SlideSpecResolver.resolve(PROMOTION, promotion(), "en", US).fields().get("validUntil"));
    }

    @Test
    void listsTheImageAsMediaTheSlideNeeds() {
        SlideSpec spec = SlideSpecResolver.resolve(PROMOTION, promotion(), "en", US);

        assertEquals(List.of(SHA256), spec.media());
        assertEquals(SHA256, spec.fields().get("image"));
    }

    @Test
    void needsNoMediaWithoutAnImage() {
        Map<String, Object> values = promotion();
        values.remove("image");

        SlideSpec spec = SlideSpecResolver.resolve(PROMOTION, values, "en", US);

        assertEquals(List.of(), spec.media());
        assertFalse(spec.fields().containsKey("image"));
    }

    @Test
    void leavesOutOptionalFieldsThatAreBlank() {
        Map<String, Object> values = promotion();
        values.put("wasPrice", " ");
        values.remove("body");

        SlideSpec spec = SlideSpecResolver.resolve(PROMOTION, values, "en", US);

        assertFalse(spec.fields().containsKey("wasPrice"));
        assertFalse(spec.fields().containsKey("body"));
    }

    @Test
    void languagesOfListsOnlyLanguagesWithEveryRequiredTextFilled() {
        Map<String, Object> values = promotion();
        values.put("headline", Map.of("en", "Summer sale", "ar", "تخفيضات الصيف", "bg", " "));

        assertEquals(List.of("en", "ar"), SlideSpecResolver.languagesOf(PROMOTION, values, List.of("en", "ar", "bg", "he")));
    }

    @Test
    void languagesOfIgnoresOptionalTextMissingInALanguage() {
        Map<String, Object> values = promotion();
        values.put("body", Map.of("en", "English only"));

        assertEquals(List.of("ar", "en"), SlideSpecResolver.languagesOf(PROMOTION, values, List.of("ar", "en")));
    }

    @Test
    void languagesOfAcceptsEveryWantedLanguageForSharedText() {
        Map<String, Object> values = promotion();
        values.put("headline", "SALE");

        assertEquals(List.of("en", "he", "bg"), SlideSpecResolver.languagesOf(PROMOTION, values, List.of("en", "he", "bg")));
    }

    @Test
    void languagesOfIsEmptyWhenARequiredSharedFieldIsMissing() {
        Map<String, Object> values = promotion();
        values.remove("nowPrice");

        assertEquals(List.of(), SlideSpecResolver.languagesOf(PROMOTION, values, List.of("en", "ar")));
    }

    static Map<String, Object> promotion() {
        Map<String, Object> values = new HashMap<>();
        values.put("headline", Map.of("en", "Summer sale", "ar", "تخفيضات الصيف"));
        values.put("body", Map.of("en", "Fresh strawberries", "ar", "فراولة طازجة"));
        values.put("wasPrice", "4.99");
        values.put("nowPrice", "3.49");
        values.put("percentOff", "30");
        values.put("validUntil", "2026-12-24");
        values.put("image", SHA256);
        return values;
    }

    @Test
    void arabicStoreWritesLatinDigitsUnlessItsLocaleAsksForArabicIndic() {
        Map<String, Object> values = Map.of("headline", Map.of("ar", "عصير", "en", "Juice"), "nowPrice", "3.49");
        String plain = SlideSpecResolver.resolve(PROMOTION, values, "ar", new StoreLocale("ar-AE", "AED")).fields().get("nowPrice");
        assertTrue(plain.contains("3.49"), plain);
        String asked = SlideSpecResolver.resolve(PROMOTION, values, "ar", new StoreLocale("ar-AE-u-nu-arab", "AED")).fields().get("nowPrice");
        assertTrue(asked.contains("\u0663\u066b\u0664\u0669"), asked);
    }

    @Test
    void moneyFollowsTheSlidesLanguageInTheStoresCountry() {
        Map<String, Object> values = Map.of("headline", Map.of("ar", "عصير", "en", "Juice"), "nowPrice", "3.49");
        StoreLocale dubai = new StoreLocale("ar-AE", "AED");
        String english = SlideSpecResolver.resolve(PROMOTION, values, "en", dubai).fields().get("nowPrice");
        assertTrue(english.startsWith("AED") && english.endsWith("3.49"), english);
    }
}
