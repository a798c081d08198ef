package com.storefront.signage.core.template;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.ProtocolJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template packs found on the class path under {@code templates/}. The index file lists
 * them because a jar cannot be listed portably.
 */
public final class TemplateCatalog {
    private final Map<String, TemplatePack> packs;
    private final ClassLoader loader;

    private TemplateCatalog(Map<String, TemplatePack> packs, ClassLoader loader) {
        this.packs = packs;
        this.loader = loader;
    }

    public static TemplateCatalog load(ClassLoader loader) {
        String[] ids = readJson(loader, "templates/index.json", String[].class);
        Map<String, TemplatePack> packs = new LinkedHashMap<>();
        for (String id : ids) {
            TemplatePack pack = readJson(loader, "templates/" + id + "/template.json", TemplatePack.class);
            if (!pack.id().equals(id)) {
                throw new IllegalStateException("templates/" + id + "/template.json declares id " + pack.id());
            }
            for (DisplayClass c : DisplayClass.values()) {
                String source = pack.variantFor(c);
                if (loader.getResource("templates/" + source) == null) {
                    throw new IllegalStateException("template " + id + " names missing source " + source);
                }
            }
            packs.put(id, pack);
        }
        return new TemplateCatalog(Map.copyOf(packs), loader);
    }

    public static TemplateCatalog fromClassPath() {
        return load(TemplateCatalog.class.getClassLoader());
    }

    public Optional<TemplatePack> find(String id) {
        return Optional.ofNullable(packs.get(id));
    }

    public TemplatePack get(String id) {
        return find(id).orElseThrow(() -> new SlideRenderException("unknown template '" + id + "'"));
    }

    /** The pack's thumbnail (its HD landscape slide with sample values, made by {@code bench/templates.sh}), as PNG bytes. */
    public Optional<byte[]> thumbnail(String id) {
        if (!packs.containsKey(id)) {
            return Optional.empty();
        }
        try (java.io.InputStream in = loader.getResourceAsStream("templates/" + id + "/thumbnail.png")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the thumbnail of template " + id, e);
        }
    }

    public List<TemplatePack> all() {
        return packs.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    ClassLoader loader() {
        return loader;
    }

    private static <T> T readJson(ClassLoader loader, String path, Class<T> type) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + path);
            }
            return ProtocolJson.read(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getCause().getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "TemplateCatalog" + Arrays.toString(packs.keySet().toArray());
    }
}
