package com.storefront.signage.server.slide;

import static com.storefront.signage.server.http.FieldError.require;

import java.util.Map;

public record SlideInput(String name, String templateId, Map<String, Object> fields) {
    public SlideInput {
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required, at most 100 characters");
        require(templateId != null && !templateId.isBlank(), "templateId", "is required");
        require(fields != null, "fields", "is required");
        fields = Map.copyOf(fields);
    }
}
