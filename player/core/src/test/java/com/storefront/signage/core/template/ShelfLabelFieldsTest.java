package com.storefront.signage.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShelfLabelFieldsTest {
    private static final TemplatePack LABEL = TemplateCatalog.fromClassPath().get("shelf-label");

    @Test
    void accepts_a_complete_label() {
        assertEquals(List.of(), SlideFieldValidator.validate(LABEL, complete()));
    }

    @Test
    void accepts_a_label_with_only_name_and_price() {
        assertEquals(List.of(), SlideFieldValidator.validate(LABEL, Map.of("productName", "Olive oil", "price", "8.99")));
    }

    @Test
    void a_too_long_product_name_is_an_error_naming_the_field_and_language() {
        Map<String, Object> values = complete();
        values.put("productName", Map.of("en", "Olive oil", "ar", "ز".repeat(41)));

        assertEquals(List.of(new FieldProblem("fields.productName.ar", "is 41 characters long, at most 40 allowed")),
                SlideFieldValidator.validate(LABEL, values));
    }

    @Test
    void an_unknown_stock_level_is_an_error_naming_stock_and_its_levels() {
        for (String bad : List.of("plenty", "In stock", "low")) {
            Map<String, Object> values = complete();
            values.put("stock", bad);

            assertEquals(List.of(new FieldProblem("fields.stock", "must be one of in-stock, low-stock, out-of-stock")),
                    SlideFieldValidator.validate(LABEL, values), bad);
        }
    }

    @Test
    void stock_levels_cannot_be_given_per_language() {
        Map<String, Object> values = complete();
        values.put("stock", Map.of("en", "in-stock"));

        assertEquals(List.of(new FieldProblem("fields.stock", "must be a string")), SlideFieldValidator.validate(LABEL, values));
    }

    @Test
    void prices_are_formatted_the_stores_way_and_the_stock_level_passes_as_its_id() {
        Map<String, String> fields = SlideSpecResolver.resolve(LABEL, complete(), "en", new StoreLocale("en-IE", "EUR")).fields();

        assertEquals("€8.99", fields.get("price"));
        assertEquals("€6.49", fields.get("promoPrice"));
        assertEquals("low-stock", fields.get("stock"));
    }

    private static Map<String, Object> complete() {
        Map<String, Object> values = new HashMap<>();
        values.put("productName", Map.of("en", "Olive oil 750 ml", "ar", "زيت زيتون ٧٥٠ مل", "he", "שמן זית"));
        values.put("price", "8.99");
        values.put("promoPrice", "6.49");
        values.put("unitPrice", "11.99");
        values.put("unit", Map.of("en", "l", "ar", "لتر"));
        values.put("stock", "low-stock");
        values.put("qr", "https://shop.example.com/p/8001234567890");
        return values;
    }
}
