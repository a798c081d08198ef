package com.storefront.signage.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecommendationsFieldsTest {
    private static final TemplatePack PACK = TemplateCatalog.fromClassPath().get("recommendations");
    private static final String IMAGE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void accepts_three_products_with_only_names_and_prices() {
        assertEquals(List.of(), SlideFieldValidator.validate(PACK, products(3)));
    }

    @Test
    void accepts_six_products_with_images_a_subtitle_and_a_kind() {
        Map<String, Object> values = products(6);
        values.put("subtitle", Map.of("en", "This week", "ar", "هذا الأسبوع"));
        values.put("kind", "bought-together");
        for (int i = 1; i <= 6; i++) {
            values.put("product" + i + "Image", IMAGE);
        }

        assertEquals(List.of(), SlideFieldValidator.validate(PACK, values));
    }

    @Test
    void a_missing_third_product_is_an_error_naming_its_fields() {
        Map<String, Object> values = products(2);

        assertEquals(List.of(new FieldProblem("fields.product3Name", "is required"),
                        new FieldProblem("fields.product3Price", "is required")),
                SlideFieldValidator.validate(PACK, values));
    }

    @Test
    void a_bad_price_is_an_error_naming_the_product_price() {
        Map<String, Object> values = products(4);
        values.put("product4Price", "cheap");

        assertEquals(List.of(new FieldProblem("fields.product4Price", "must be an amount such as 4.99")),
                SlideFieldValidator.validate(PACK, values));
    }

    @Test
    void an_unknown_kind_is_an_error_naming_kind_and_its_options() {
        Map<String, Object> values = products(3);
        values.put("kind", "popular");

        assertEquals(List.of(new FieldProblem("fields.kind", "must be one of top-sellers, bought-together, trending")),
                SlideFieldValidator.validate(PACK, values));
    }

    @Test
    void there_is_no_seventh_product() {
        Map<String, Object> values = products(3);
        values.put("product7Name", "Tea");

        assertEquals(List.of(new FieldProblem("fields.product7Name", "template 'recommendations' has no field 'product7Name'")),
                SlideFieldValidator.validate(PACK, values));
    }

    private static Map<String, Object> products(int count) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", Map.of("en", "Top sellers", "ar", "الأكثر مبيعاً", "he", "הנמכרים ביותר"));
        for (int i = 1; i <= count; i++) {
            values.put("product" + i + "Name", Map.of("en", "Product " + i, "ar", "منتج " + i));
            values.put("product" + i + "Price", i + ".99");
        }
        return values;
    }
}
