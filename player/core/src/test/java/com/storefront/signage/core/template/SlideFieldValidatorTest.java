package com.storefront.signage.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlideFieldValidatorTest {
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final TemplatePack PROMOTION = TemplateCatalog.fromClassPath().get("promotion");

    @Test
    void acceptsACompletePromotion() {
        assertEquals(List.of(), SlideFieldValidator.validate(PROMOTION, completePromotion()));
    }

    @Test
    void acceptsAPromotionWithOnlyItsRequiredFields() {
        Map<String, Object> values = Map.of("headline", "Sale", "nowPrice", "3.49");

        assertEquals(List.of(), SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void reportsAFieldTheTemplateDoesNotHave() {
        Map<String, Object> values = completePromotion();
        values.put("colour", "red");

        assertEquals(List.of(new FieldProblem("fields.colour", "template 'promotion' has no field 'colour'")),
                SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void reportsAMissingRequiredField() {
        Map<String, Object> values = completePromotion();
        values.remove("nowPrice");

        assertEquals(List.of(new FieldProblem("fields.nowPrice", "is required")), SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void treatsABlankRequiredFieldAsMissing() {
        Map<String, Object> values = completePromotion();
        values.put("nowPrice", "   ");

        assertEquals(List.of(new FieldProblem("fields.nowPrice", "is required")), SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void treatsAnEmptyLanguageMapForARequiredFieldAsMissing() {
        Map<String, Object> values = completePromotion();
        values.put("headline", Map.of());

        assertEquals(List.of(new FieldProblem("fields.headline", "is required")), SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void treatsARequiredLanguageMapWithOnlyBlankTextAsMissing() {
        Map<String, Object> values = completePromotion();
        values.put("headline", Map.of("en", "", "ar", "  "));

        assertEquals(List.of(new FieldProblem("fields.headline", "is required")), SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void rejectsTextLongerThanItsMaxLengthNamingTheLanguageAndLimit() {
        Map<String, Object> values = completePromotion();
        values.put("headline", Map.of("en", "Summer sale", "ar", "ب".repeat(61)));

        assertEquals(List.of(new FieldProblem("fields.headline.ar", "is 61 characters long, at most 60 allowed")),
                SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void acceptsTextExactlyAtItsMaxLength() {
        Map<String, Object> values = completePromotion();
        values.put("headline", Map.of("en", "x".repeat(60)));

        assertEquals(List.of(), SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneOnceEach() {
        Map<String, Object> values = completePromotion();
        // 60 emoji are 120 UTF-16 units but 60 characters, within the limit
        values.put("headline", Map.of("en", "\uD83C\uDF53".repeat(60)));

        assertEquals(List.of(), SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void rejectsASharedValueLongerThanItsMaxLength() {
        Map<String, Object> values = completePromotion();
        values.put("nowPrice", "1234567890.12");

        assertEquals(List.of(new FieldProblem("fields.nowPrice", "is 13 characters long, at most 12 allowed")),
                SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void rejectsMoneyWrittenWithACommaOrSymbol() {
        for (String bad : List.of("4,99", "$4.99", "four")) {
            Map<String, Object> values = completePromotion();
            values.put("wasPrice", bad);

            assertEquals(List.of(new FieldProblem("fields.wasPrice", "must be an amount such as 4.99")),
                    SlideFieldValidator.validate(PROMOTION, values), bad);
        }
    }

    @Test
    void rejectsNegativeMoney() {
        Map<String, Object> values = completePromotion();
        values.put("nowPrice", "-1.00");

        assertEquals(List.of(new FieldProblem("fields.nowPrice", "must not be negative")),
                SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void acceptsMoneyGivenAsAJsonNumber() {
        Map<String, Object> values = completePromotion();
        values.put("nowPrice", 3.49);

        assertEquals(List.of(), SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void rejectsPercentOverOneHundred() {
        Map<String, Object> values = completePromotion();
        values.put("percentOff", "101");

        assertEquals(List.of(new FieldProblem("fields.percentOff", "must be at most 100")),
                SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void acceptsPercentOfExactlyOneHundred() {
        Map<String, Object> values = completePromotion();
        values.put("percentOff", "100");

        assertEquals(List.of(), SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void rejectsPercentThatIsNotANumber() {
        Map<String, Object> values = completePromotion();
        values.put("percentOff", "30%");

        assertEquals(List.of(new FieldProblem("fields.percentOff", "must be a number from 0 to 100")),
                SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void rejectsDatesThatAreNotIsoOrDoNotExist() {
        for (String bad : List.of("24/12/2026", "2026-02-30", "2026-13-01", "tomorrow")) {
            Map<String, Object> values = completePromotion();
            values.put("validUntil", bad);

            assertEquals(List.of(new FieldProblem("fields.validUntil", "must be a date like 2026-12-24")),
                    SlideFieldValidator.validate(PROMOTION, values), bad);
        }
    }

    @Test
    void rejectsAnImageThatIsNotASha256() {
        for (String bad : List.of("photo.jpg", SHA256.substring(1), SHA256.toUpperCase(), SHA256.replace('f', 'g'))) {
            Map<String, Object> values = completePromotion();
            values.put("image", bad);

            assertEquals(List.of(new FieldProblem("fields.image", "must be the sha256 of uploaded media (64 hex digits)")),
                    SlideFieldValidator.validate(PROMOTION, values), bad);
        }
    }

    @Test
    void rejectsAddressesThatAreNotHttp() {
        TemplatePack withLink = new TemplatePack("coupon", "Coupon", "", List.of(
                new FieldSpec("link", FieldType.URL, "Link", true, 0, false)), Map.of());
        for (String bad : List.of("ftp://example.com/deal", "javascript:alert(1)", "example.com/deal", "https://", "http:// bad")) {
            assertEquals(List.of(new FieldProblem("fields.link", "must be an http(s) address")),
                    SlideFieldValidator.validate(withLink, Map.of("link", bad)), bad);
        }
    }

    @Test
    void acceptsHttpAndHttpsAddresses() {
        TemplatePack withLink = new TemplatePack("coupon", "Coupon", "", List.of(
                new FieldSpec("link", FieldType.URL, "Link", true, 0, false)), Map.of());

        assertEquals(List.of(), SlideFieldValidator.validate(withLink, Map.of("link", "https://shop.example.com/deal?id=7")));
        assertEquals(List.of(), SlideFieldValidator.validate(withLink, Map.of("link", "http://shop.example.com")));
    }

    @Test
    void acceptsAChoiceThatIsOneOfItsOptions() {
        TemplatePack withChoice = new TemplatePack("tag", "Tag", "", List.of(
                new FieldSpec("size", FieldType.CHOICE, "Size", true, 0, false, List.of("small", "large"))), Map.of());

        assertEquals(List.of(), SlideFieldValidator.validate(withChoice, Map.of("size", "large")));
    }

    @Test
    void rejectsAChoiceOutsideItsOptionsListingThem() {
        TemplatePack withChoice = new TemplatePack("tag", "Tag", "", List.of(
                new FieldSpec("size", FieldType.CHOICE, "Size", true, 0, false, List.of("small", "large"))), Map.of());
        for (String bad : List.of("medium", "Large", " small")) {
            assertEquals(List.of(new FieldProblem("fields.size", "must be one of small, large")),
                    SlideFieldValidator.validate(withChoice, Map.of("size", bad)), bad);
        }
    }

    @Test
    void rejectsALanguageKeyThatIsNotALanguageCode() {
        Map<String, Object> values = completePromotion();
        values.put("headline", Map.of("english", "Sale"));

        assertEquals(List.of(new FieldProblem("fields.headline.english", "is not a language code like 'en' or 'ar'")),
                SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void rejectsAPerLanguageValueThatIsNotText() {
        Map<String, Object> values = completePromotion();
        values.put("headline", Map.of("en", "Sale", "bg", 42));

        assertEquals(List.of(new FieldProblem("fields.headline.bg", "must be a string")),
                SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void rejectsPerLanguageValuesForASharedField() {
        Map<String, Object> values = completePromotion();
        values.put("nowPrice", Map.of("en", "3.49"));

        assertEquals(List.of(new FieldProblem("fields.nowPrice", "must be a string")),
                SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void acceptsOneStringForEveryLanguageOfALocalizedField() {
        Map<String, Object> values = completePromotion();
        values.put("headline", "SALE");

        assertEquals(List.of(), SlideFieldValidator.validate(PROMOTION, values));
    }

    @Test
    void reportsEveryProblemInOnePass() {
        Map<String, Object> values = new HashMap<>();
        values.put("headline", Map.of("ar", "ب".repeat(61)));
        values.put("percentOff", "150");
        values.put("colour", "red");

        List<String> paths = SlideFieldValidator.validate(PROMOTION, values).stream().map(FieldProblem::field).sorted().toList();

        assertEquals(List.of("fields.colour", "fields.headline.ar", "fields.nowPrice", "fields.percentOff"), paths);
    }

    @Test
    void checksMoneyAfterLengthSoAnOverlongAmountGetsOneProblem() {
        Map<String, Object> values = completePromotion();
        values.put("wasPrice", "not-a-price-at-all");

        List<FieldProblem> problems = SlideFieldValidator.validate(PROMOTION, values);

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("at most 12 allowed"), problems.toString());
    }

    static Map<String, Object> completePromotion() {
        Map<String, Object> values = new HashMap<>();
        values.put("headline", Map.of("en", "Summer sale", "ar", "تخفيضات الصيف", "bg", "Лятна разпродажба"));
        values.put("body", Map.of("en", "Fresh strawberries from local farms"));
        values.put("wasPrice", "4.99");
        values.put("nowPrice", "3.49");
        values.put("percentOff", "30");
        values.put("validUntil", "2026-12-24");
        values.put("validLabel", Map.of("en", "Valid until"));
        values.put("image", SHA256);
        return values;
    }
}
