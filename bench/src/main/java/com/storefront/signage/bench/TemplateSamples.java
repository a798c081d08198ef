package com.storefront.signage.bench;

import com.storefront.signage.core.template.FieldSpec;
import com.storefront.signage.core.template.TemplatePack;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Field values a retail marketer would enter, in English, Arabic and Hebrew, for the gallery and
 * the thumbnails. Fields without a written sample get a plausible value from their type, so a new
 * template shows up in the gallery before anyone writes its copy.
 */
final class TemplateSamples {
    static final String COFFEE = "coffee";
    static final String OLIVE_OIL = "olive-oil";
    static final String ORANGE_JUICE = "orange-juice";
    private static final List<String> IMAGES = List.of(COFFEE, OLIVE_OIL, ORANGE_JUICE);

    private static final Map<String, Map<String, Object>> WRITTEN = Map.of(
            "promotion", Map.of(
                    "headline", text("Single-origin coffee beans", "حبوب قهوة من مصدر واحد", "פולי קפה ממקור יחיד"),
                    "body", text("Roasted this week in our own roastery", "محمصة هذا الأسبوع في محمصتنا", "נקלו השבוע בבית הקלייה שלנו"),
                    "wasPrice", "12.90", "nowPrice", "10.30", "percentOff", "20", "validUntil", "2026-12-31",
                    "validLabel", text("Valid until", "صالح حتى", "בתוקף עד"), "image", COFFEE),
            "welcome", Map.of(
                    "greeting", text("Welcome", "أهلاً وسهلاً", "ברוכים הבאים"),
                    "message", text("Winter deals are on: 20% off hot drinks", "عروض الشتاء: خصم ٢٠٪ على المشروبات الساخنة",
                            "מבצעי חורף: 20% הנחה על משקאות חמים"),
                    "storeName", text("Storefront Market", "ستورفرونت ماركت", "סטורפרונט מרקט")),
            "pairing-code", Map.of("code", "K7Q-4PX",
                    "instructions", text("Pair this screen in Storefront Signage: Displays → Pair a display",
                            "اربط هذه الشاشة في Storefront Signage: الشاشات ← ربط شاشة", "חברו מסך זה ב-Storefront Signage: מסכים ← חיבור מסך"),
                    "server", "https://cms.example.com"),
            "shelf-label", Map.of(
                    "productName", text("Extra virgin olive oil 750 ml", "زيت زيتون بكر ممتاز ٧٥٠ مل", "שמן זית כתית מעולה 750 מ\"ל"),
                    "price", "8.99", "promoPrice", "6.49", "unitPrice", "11.99", "unit", text("l", "لتر", "ליטר"),
                    "stock", "low-stock", "qr", "https://shop.example.com/p/olive-oil-750"));

    private TemplateSamples() {
    }

    static Map<String, Object> of(TemplatePack pack) {
        Map<String, Object> written = WRITTEN.getOrDefault(pack.id(), Map.of());
        Map<String, Object> values = new HashMap<>();
        int n = 0;
        for (FieldSpec field : pack.fields()) {
            n++;
            Object value = written.get(field.name());
            values.put(field.name(), value != null ? value : generated(field, n));
        }
        return values;
    }

    static String imagePath(String ref) {
        return "media/images/" + ref + ".png";
    }

    private static Object generated(FieldSpec field, int n) {
        switch (field.type()) {
            case MONEY:
                return (2 + n % 7) + ".49";
            case PERCENT:
                return "15";
            case DATE:
                return LocalDate.of(2026, 12, 12).toString();
            case IMAGE:
                return IMAGES.get(n % IMAGES.size());
            case URL:
                return "https://shop.example.com/" + field.name();
            case CHOICE:
                return field.options().get(0);
            default:
                if (field.name().toLowerCase().contains("url") || field.name().toLowerCase().contains("qr")) {
                    return "https://shop.example.com/" + field.name();
                }
                String label = field.label() == null ? field.name() : field.label();
                String en = label.length() > Math.min(30, field.maxLength()) ? label.substring(0, Math.min(30, field.maxLength())) : label;
                return field.localized() ? text(en, "نص تجريبي " + n, "טקסט לדוגמה " + n) : en;
        }
    }

    private static Map<String, String> text(String en, String ar, String he) {
        return Map.of("en", en, "ar", ar, "he", he);
    }
}
