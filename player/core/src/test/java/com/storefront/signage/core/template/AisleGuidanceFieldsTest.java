package com.storefront.signage.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AisleGuidanceFieldsTest {
    private static final TemplatePack PACK = TemplateCatalog.fromClassPath().get("aisle-guidance");

    @Test
    void accepts_a_sign_with_a_comparison() {
        assertEquals(List.of(), SlideFieldValidator.validate(PACK, complete()));
    }

    @Test
    void accepts_a_sign_with_only_category_location_and_direction() {
        assertEquals(List.of(), SlideFieldValidator.validate(PACK,
                Map.of("category", "Pasta", "location", "Aisle 7, left", "direction", "left")));
    }

    @Test
    void an_unknown_direction_is_an_error_naming_direction_and_its_options() {
        for (String bad : List.of("up", "Left", "straight on")) {
            Map<String, Object> values = complete();
            values.put("direction", bad);

            assertEquals(List.of(new FieldProblem("fields.direction", "must be one of left, right, ahead, back")),
                    SlideFieldValidator.validate(PACK, values), bad);
        }
    }

    @Test
    void the_direction_is_the_same_in_every_language() {
        Map<String, Object> values = complete();
        values.put("direction", Map.of("en", "left", "ar", "right"));

        assertEquals(List.of(new FieldProblem("fields.direction", "must be a string")), SlideFieldValidator.validate(PACK, values));
    }

    @Test
    void a_missing_category_and_direction_are_errors_naming_them() {
        Map<String, Object> values = complete();
        values.remove("category");
        values.remove("direction");

        assertEquals(List.of(new FieldProblem("fields.category", "is required"), new FieldProblem("fields.direction", "is required")),
                SlideFieldValidator.validate(PACK, values));
    }

    @Test
    void a_too_long_quality_note_names_the_field_and_language() {
        Map<String, Object> values = complete();
        values.put("compare2Note", Map.of("en", "Best", "ar", "ج".repeat(21)));

        assertEquals(List.of(new FieldProblem("fields.compare2Note.ar", "is 21 characters long, at most 20 allowed")),
                SlideFieldValidator.validate(PACK, values));
    }

    @Test
    void comparison_prices_are_formatted_the_stores_way() {
        Map<String, String> fields = SlideSpecResolver.resolve(PACK, complete(), "en", new StoreLocale("en-IE", "EUR")).fields();

        assertEquals("€3.49", fields.get("compare1Price"));
        assertEquals("left", fields.get("direction"));
    }

    private static Map<String, Object> complete() {
        Map<String, Object> values = new HashMap<>();
        values.put("category", Map.of("en", "Pasta & rice", "ar", "المعكرونة والأرز", "he", "פסטה ואורז"));
        values.put("location", Map.of("en", "Aisle 7, left", "ar", "ممر ٧، يسار"));
        values.put("direction", "left");
        values.put("compare1Name", Map.of("en", "Store brand", "ar", "علامة المتجر"));
        values.put("compare1Price", "3.49");
        values.put("compare1Note", Map.of("en", "Good", "ar", "جيد"));
        values.put("compare2Name", Map.of("en", "Premium", "ar", "ممتاز"));
        values.put("compare2Price", "5.99");
        values.put("compare2Note", Map.of("en", "Best", "ar", "الأفضل"));
        return values;
    }
}
