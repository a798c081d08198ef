package com.storefront.signage.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo organisation: three stores in three time zones and languages (Arabic in Dubai, Hebrew
 * in Tel Aviv, Bulgarian in Sofia, English everywhere), a welcome loop, winter promotions with a
 * video among them (HD screens play it, e-ink signs leave it out) and shelf-label prices. Created
 * through the API, and only once: a restarted demo keeps its data.
 */
final class DemoSeed {
    record Seeded(Map<String, String> storeIds) {
    }

    private final DemoApi api;

    DemoSeed(DemoApi api) {
        this.api = api;
    }

    Seeded run() throws IOException {
        JsonNode existing = api.get("/api/v1/stores?limit=500");
        Map<String, String> stores = new LinkedHashMap<>();
        if (existing.get("total").asLong() > 0) {
            existing.get("items").forEach(s -> stores.put(s.get("name").asText(), s.get("id").asText()));
            return new Seeded(stores);
        }
        stores.put("Dubai Mall", store("Dubai Mall", "Asia/Dubai", "gulf", List.of("ar", "en"), "ar-AE", "AED"));
        stores.put("Tel Aviv Dizengoff", store("Tel Aviv Dizengoff", "Asia/Jerusalem", "levant", List.of("he", "en"), "he-IL", "ILS"));
        stores.put("Sofia Center", store("Sofia Center", "Europe/Sofia", "balkans", List.of("bg", "en"), "bg-BG", "EUR"));

        String orange = upload("orange-juice.png", "image/png").get("sha256").asText();
        String coffee = upload("coffee.png", "image/png").get("sha256").asText();
        String oil = upload("olive-oil.png", "image/png").get("sha256").asText();
        JsonNode clip = upload("winter-deals.mp4", "video/mp4");

        String welcome = slide("Welcome", "welcome", Map.of(
                "greeting", Map.of("en", "Welcome!", "ar", "أهلاً وسهلاً", "he", "ברוכים הבאים", "bg", "Добре дошли!"),
                "message", Map.of("en", "Fresh deals every morning", "ar", "عروض طازجة كل صباح",
                        "he", "מבצעים טריים בכל בוקר", "bg", "Свежи оферти всяка сутрин"),
                "storeName", Map.of("en", "Storefront Market", "ar", "ستورفرونت ماركت", "he", "סטורפרונט מרקט", "bg", "Сторфронт Маркет")));
        String juice = slide("Orange juice -30%", "promotion", Map.of(
                "headline", Map.of("en", "Fresh orange juice, 1 litre", "ar", "عصير برتقال طازج، ١ لتر",
                        "he", "מיץ תפוזים טרי, 1 ליטר", "bg", "Фреш портокал, 1 литър"),
                "body", Map.of("en", "Squeezed in store this morning", "ar", "معصور في المتجر هذا الصباح",
                        "he", "נסחט בחנות הבוקר", "bg", "Изцеден в магазина тази сутрин"),
                "wasPrice", "4.99", "nowPrice", "3.49", "percentOff", "30",
                "validUntil", LocalDate.now().plusDays(14).toString(),
                "validLabel", Map.of("en", "Valid until", "ar", "ساري حتى", "he", "בתוקף עד", "bg", "Валидно до"),
                "image", orange));
        String beans = slide("Coffee beans -20%", "promotion", Map.of(
                "headline", Map.of("en", "Single-origin coffee beans", "ar", "حبوب قهوة من مصدر واحد",
                        "he", "פולי קפה ממקור יחיד", "bg", "Кафе на зърна от един произход"),
                "wasPrice", "12.90", "nowPrice", "10.30", "percentOff", "20", "image", coffee));
        String olive = slide("Olive oil", "promotion", Map.of(
                "headline", Map.of("en", "Extra virgin olive oil 750 ml", "ar", "زيت زيتون بكر ممتاز ٧٥٠ مل",
                        "he", "שמן זית כתית מעולה 750 מ\"ל", "bg", "Зехтин екстра върджин 750 мл"),
                "wasPrice", "9.50", "nowPrice", "7.90", "percentOff", "17", "image", oil));

        String loop = playlist("Default loop", List.of(slide(welcome)));
        api.put("/api/v1/organisation", Map.of("name", "Storefront Market", "defaultPlaylistId", loop));
        // the clip plays once, for its own length
        String winter = playlist("Winter deals", List.of(slide(welcome), slide(juice),
                Map.of("video", clip.get("sha256").asText(), "durationMs", clip.get("durationMs").asLong()), slide(beans)));
        String labels = playlist("Shelf prices", List.of(slide(olive), slide(juice)));
        String coffeeOnly = playlist("Morning coffee", List.of(slide(beans)));
        String oliveOnly = playlist("Olive oil", List.of(slide(olive)));
        LocalDate today = LocalDate.now();
        List<String> screens = List.of("hd-landscape", "hd-portrait", "eink-bw", "eink-gray16");
        String winterDeals = campaign(Map.of("name", "Winter deals", "playlistId", winter, "startDate", today.minusDays(7).toString(),
                "endDate", today.plusDays(30).toString(), "priority", 10, "weight", 3,
                "targets", Map.of("displayClasses", screens)));
        approve(winterDeals);
        // shares the screen with winter deals (3:1) all day
        approve(campaign(Map.of("name", "Olive oil spotlight", "playlistId", oliveOnly, "startDate", today.minusDays(7).toString(),
                "endDate", today.plusDays(30).toString(), "priority", 10, "weight", 1,
                "targets", Map.of("displayClasses", screens))));
        // takes over weekday mornings in every store's own time zone, at most 12 plays an hour
        approve(campaign(Map.of("name", "Morning coffee", "playlistId", coffeeOnly, "startDate", today.minusDays(7).toString(),
                "endDate", today.plusDays(60).toString(), "priority", 20, "maxPlaysPerHour", 12,
                "dayparts", List.of(Map.of("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                        "start", "07:00", "end", "10:00")),
                "targets", Map.of("displayClasses", screens))));
        approve(campaign(Map.of("name", "Shelf prices", "playlistId", labels, "startDate", today.minusDays(7).toString(),
                "endDate", today.plusDays(60).toString(), "priority", 10,
                "targets", Map.of("displayClasses", List.of("eink-bwr-label")))));
        // waiting for an admin, so the approval queue has something in it
        String spring = campaign(Map.of("name", "Spring preview", "playlistId", winter, "startDate", today.plusDays(60).toString(),
                "endDate", today.plusDays(90).toString(), "priority", 10));
        api.post("/api/v1/campaigns/" + spring + "/transitions", Map.of("action", "submit"));

        // a few displays of each class that have no running player in the demo
        String[][] displays = {
                {"Dubai Mall", "Checkout portrait", "hd-portrait", "checkout"},
                {"Dubai Mall", "Dairy aisle sign", "eink-bw", "aisle"},
                {"Tel Aviv Dizengoff", "Window screen", "hd-landscape", "window"},
                {"Tel Aviv Dizengoff", "Coffee shelf label", "eink-bwr-label", "aisle"},
                {"Sofia Center", "Entrance screen", "hd-landscape", "entrance"},
                {"Sofia Center", "Bakery sign", "eink-gray16", "aisle"},
        };
        for (String[] d : displays) {
            JsonNode ticket = api.post("/api/v1/pairing", Map.of("displayClass", d[2], "playerVersion", "demo"));
            api.post("/api/v1/pairing/claim", Map.of("code", ticket.get("code").asText(), "storeId", stores.get(d[0]),
                    "name", d[1], "zone", d[3], "displayClass", d[2]));
        }
        return new Seeded(stores);
    }

    private String store(String name, String zone, String region, List<String> languages, String locale, String currency) throws IOException {
        return api.post("/api/v1/stores", Map.of("name", name, "timeZone", zone, "region", region, "languages", languages,
                "locale", locale, "currency", currency)).get("id").asText();
    }

    private JsonNode upload(String file, String contentType) throws IOException {
        try (InputStream in = DemoSeed.class.getResourceAsStream("/demo-media/" + file)) {
            if (in == null) {
                throw new IOException("demo media " + file + " is not packaged");
            }
            return api.upload(file, contentType, in.readAllBytes());
        }
    }

    private String slide(String name, String template, Map<String, Object> fields) throws IOException {
        return api.post("/api/v1/slides", Map.of("name", name, "templateId", template, "fields", fields)).get("id").asText();
    }

    private static Map<String, Object> slide(String id) {
        return Map.of("slideId", id, "durationMs", 8000);
    }

    private String playlist(String name, List<Map<String, Object>> items) throws IOException {
        return api.post("/api/v1/playlists", Map.of("name", name, "items", items)).get("id").asText();
    }

    private String campaign(Map<String, Object> body) throws IOException {
        return api.post("/api/v1/campaigns", body).get("id").asText();
    }

    /** The demo user is an admin, so it both submits and approves. */
    private void approve(String campaign) throws IOException {
        api.post("/api/v1/campaigns/" + campaign + "/transitions", Map.of("action", "submit"));
        api.post("/api/v1/campaigns/" + campaign + "/transitions", Map.of("action", "approve"));
    }
}
