package com.storefront.signage.core.template;

/** Why one field value was refused; {@code field} is the path a form can point at, e.g. {@code fields.headline.ar}. */
public record FieldProblem(String field, String message) {
}
