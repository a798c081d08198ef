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
                    "stock", "low-stock", "qr", "https://shop.example.com/p/olive-oil-750"),
            "recommendations", recommendations(),
            "aisle-guidance", Map.of(
                    "category", text("Coffee & tea", "القهوة والشاي", "קפה ותה"),
                    "location", text("Aisle 7, on your left", "الممر ٧، على يسارك", "מעבר 7, משמאל"), "direction", "left",
                    "compare1Name", text("Store brand", "علامة المتجر", "מותג הבית"), "compare1Price", "3.49",
                    "compare1Note", text("Good", "جيد", "טוב"),
                    "compare2Name", text("Single origin", "مصدر واحد", "ממקור יחיד"), "compare2Price", "5.99",
                    "compare2Note", text("Best", "الأفضل", "הכי טוב")),
            "checkout-thanks", Map.of(
                    "headline", text("Thank you for shopping with us", "شكراً لتسوقكم معنا", "תודה שקניתם אצלנו"),
                    "message", text("See you again soon.", "نراكم قريباً.", "נשמח לראותכם שוב בקרוב."),
                    "prompt", text("How did we do? Scan to rate us", "كيف كانت تجربتك؟ امسح للتقييم", "איך היינו? סרקו כדי לדרג אותנו"),
                    "feedbackUrl", "https://feedback.example.com/s/dubai-mall", "survey", "nps"),
            "event-signup", Map.of(
                    "title", text("Coffee tasting evening", "أمسية تذوق القهوة", "ערב טעימות קפה"), "date", "2026-12-12",
                    "time", text("18:00–20:00", "١٨:٠٠–٢٠:٠٠", "18:00–20:00"),
                    "place", text("At the coffee corner", "في ركن القهوة", "בפינת הקפה"),
                    "description", text("Taste five single-origin coffees with our roaster.", "تذوق خمسة أنواع من القهوة مع محمّصنا.",
                            "טעמו חמישה סוגי קפה עם הקולה שלנו."),
                    "signupUrl", "https://shop.example.com/events/coffee", "cta", text("Scan to sign up", "امسح للتسجيل", "סרקו להרשמה"),
                    "image", COFFEE),
            "emergency", Map.of(
                    "title", text("Evacuate the store", "أخلوا المتجر", "פנו את החנות"),
                    "instructions", text("Leave by the nearest marked exit. Do not use the lifts.",
                            "غادروا من أقرب مخرج. لا تستخدموا المصاعد.", "צאו דרך היציאה המסומנת הקרובה. אל תשתמשו במעליות."),
                    "severity", "danger"));

    private TemplateSamples() {
    }

    private static Map<String, Object> recommendations() {
        Map<String, Object> values = new HashMap<>();
        values.put("title", text("Top sellers this week", "الأكثر مبيعاً هذا الأسبوع", "הנמכרים ביותר השבוע"));
        values.put("subtitle", text("Picked by shoppers in this store", "اختيارات المتسوقين في هذا المتجر", "בחירת הקונים בחנות זו"));
        values.put("kind", "top-sellers");
        String[][] products = {
                {"Single-origin coffee", "قهوة من مصدر واحد", "קפה ממקור יחיד", "10.30", COFFEE},
                {"Olive oil 750 ml", "زيت زيتون ٧٥٠ مل", "שמן זית 750 מ\"ל", "6.49", OLIVE_OIL},
                {"Fresh orange juice", "عصير برتقال طازج", "מיץ תפוזים סחוט", "3.99", ORANGE_JUICE},
                {"Dark roast beans", "حبوب محمصة داكنة", "פולים בקלייה כהה", "8.90", COFFEE},
                {"Cold-pressed oil", "زيت معصور على البارد", "שמן בכבישה קרה", "9.49", OLIVE_OIL},
                {"Juice 1 l", "عصير ١ لتر", "מיץ 1 ליטר", "2.79", ORANGE_JUICE}};
        for (int i = 0; i < products.length; i++) {
            String[] p = products[i];
            values.put("product" + (i + 1) + "Name", text(p[0], p[1], p[2]));
            values.put("product" + (i + 1) + "Price", p[3]);
            values.put("product" + (i + 1) + "Image", p[4]);
        }
        return values;
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
