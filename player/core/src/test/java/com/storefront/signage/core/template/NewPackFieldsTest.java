package com.storefront.signage.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field checks of the checkout-thanks, event-signup and emergency packs: each problem names its field. */
class NewPackFieldsTest {
    private static final TemplateCatalog CATALOG = TemplateCatalog.fromClassPath();
    private static final TemplatePack THANKS = CATALOG.get("checkout-thanks");
    private static final TemplatePack EVENT = CATALOG.get("event-signup");
    private static final TemplatePack EMERGENCY = CATALOG.get("emergency");

    @Test
    void a_complete_thank_you_an_event_and_an_emergency_are_accepted() {
        assertEquals(List.of(), SlideFieldValidator.validate(THANKS, thanks()));
        assertEquals(List.of(), SlideFieldValidator.validate(EVENT, event()));
        assertEquals(List.of(), SlideFieldValidator.validate(EMERGENCY, emergency()));
    }

    @Test
    void a_thank_you_without_a_feedback_address_names_feedbackUrl() {
        Map<String, Object> values = thanks();
        values.remove("feedbackUrl");

        assertEquals(List.of(new FieldProblem("fields.feedbackUrl", "is required")), SlideFieldValidator.validate(THANKS, values));
    }

    @Test
    void a_feedback_address_must_be_http_so_phones_open_it() {
        Map<String, Object> values = thanks();
        values.put("feedbackUrl", "survey.example.com/s/1");

        assertEquals(List.of(new FieldProblem("fields.feedbackUrl", "must be an http(s) address")),
                SlideFieldValidator.validate(THANKS, values));
    }

    @Test
    void an_unknown_survey_kind_names_survey_and_its_kinds() {
        Map<String, Object> values = thanks();
        values.put("survey", "ces");

        assertEquals(List.of(new FieldProblem("fields.survey", "must be one of csat, nps")), SlideFieldValidator.validate(THANKS, values));
    }

    @Test
    void an_event_without_a_signup_address_names_signupUrl() {
        Map<String, Object> values = event();
        values.remove("signupUrl");

        assertEquals(List.of(new FieldProblem("fields.signupUrl", "is required")), SlideFieldValidator.validate(EVENT, values));
    }

    @Test
    void an_event_date_must_be_a_calendar_date() {
        Map<String, Object> values = event();
        values.put("date", "12.12.2026");

        assertEquals(List.of(new FieldProblem("fields.date", "must be a date like 2026-12-24")), SlideFieldValidator.validate(EVENT, values));
    }

    @Test
    void an_unknown_severity_names_severity_and_its_levels() {
        for (String bad : List.of("critical", "Danger", "info")) {
            Map<String, Object> values = emergency();
            values.put("severity", bad);

            assertEquals(List.of(new FieldProblem("fields.severity", "must be one of warning, danger")),
                    SlideFieldValidator.validate(EMERGENCY, values), bad);
        }
    }

    @Test
    void an_emergency_needs_a_title_and_instructions() {
        assertEquals(List.of(new FieldProblem("fields.title", "is required"), new FieldProblem("fields.instructions", "is required")),
                SlideFieldValidator.validate(EMERGENCY, Map.of("severity", "warning")));
    }

    @Test
    void an_event_date_is_written_the_stores_way() {
        Map<String, String> fields = SlideSpecResolver.resolve(EVENT, event(), "en", new StoreLocale("en-GB", "GBP")).fields();

        assertEquals("12 Dec 2026", fields.get("date"));
    }

    private static Map<String, Object> thanks() {
        Map<String, Object> values = new HashMap<>();
        values.put("headline", Map.of("en", "Thank you for shopping with us", "he", "תודה שקניתם אצלנו"));
        values.put("message", "See you soon");
        values.put("prompt", Map.of("en", "How did we do? Scan to rate us"));
        values.put("feedbackUrl", "https://survey.example.com/s/till-04");
        values.put("survey", "csat");
        return values;
    }

    private static Map<String, Object> event() {
        Map<String, Object> values = new HashMap<>();
        values.put("title", Map.of("en", "Coffee tasting evening", "ar", "أمسية تذوق القهوة"));
        values.put("date", "2026-12-12");
        values.put("time", "18:00–20:00");
        values.put("place", "Café corner");
        values.put("description", "Taste three coffees with our roaster.");
        values.put("signupUrl", "https://events.example.com/r/coffee");
        values.put("cta", Map.of("en", "Scan to sign up"));
        values.put("image", "ab".repeat(32));
        return values;
    }

    private static Map<String, Object> emergency() {
        Map<String, Object> values = new HashMap<>();
        values.put("title", Map.of("en", "Evacuate the store", "he", "פנו את החנות"));
        values.put("instructions", Map.of("en", "Leave by the nearest exit.", "he", "צאו דרך היציאה הקרובה."));
        values.put("severity", "danger");
        return values;
    }
}
