package com.storefront.signage.core.render;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.template.SlideRenderException;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.core.template.TemplatePack;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs a template's FreeMarker source for one display class and returns its layout XML. Output is
 * XML-escaped automatically, so field values can never inject elements; {@code ?new} and
 * {@code ?api} are off because templates have no business creating Java objects.
 */
public final class LayoutGenerator {
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final TemplateCatalog catalog;
    private final Configuration freemarker;

    public LayoutGenerator(TemplateCatalog catalog, ClassLoader loader) {
        this.catalog = catalog;
        this.freemarker = new Configuration(Configuration.VERSION_2_3_33);
        freemarker.setTemplateLoader(new ClassTemplateLoader(loader, "templates"));
        freemarker.setDefaultEncoding("UTF-8");
        // layouts are numbers for a parser, never "1,920"
        freemarker.setNumberFormat("computer");
        freemarker.setOutputFormat(XMLOutputFormat.INSTANCE);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    public String generate(SlideSpec spec, DisplayClass displayClass) {
        TemplatePack pack = catalog.get(spec.templateId());
        Map<String, Object> model = new HashMap<>();
        model.put("width", displayClass.width());
        model.put("height", displayClass.height());
        model.put("displayClass", displayClass.id());
        model.put("eink", displayClass.isEink());
        model.put("lang", spec.language());
        Map<String, String> fields = new HashMap<>();
        pack.fields().forEach(f -> fields.put(f.name(), ""));
        // characters XML 1.0 forbids (e.g. the vertical tab Word uses for a soft line break) cannot be escaped,
        // and would make every render of the slide fail, so they become spaces
        spec.fields().forEach((name, value) -> fields.put(name, NOT_XML.matcher(value).replaceAll(" ")));
        model.put("f", fields);
        try {
            Template template = freemarker.getTemplate(pack.variantFor(displayClass));
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new SlideRenderException("template '" + pack.id() + "' failed for " + displayClass.id() + ": " + e.getMessage(), e);
        }
    }
}
