package com.storefront.signage.core.eink;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.ProtocolJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The panel profiles shipped as data files under {@code /eink/profiles/} on the class path. */
public final class PanelProfiles {
    /** 7.5" 800x480 black/white with partial refresh. */
    public static final String BW_7IN5 = "bw-7in5-800x480";
    /** 10.3" 1872x1404 16-grey on an IT8951 controller. */
    public static final String GRAY16_10IN3 = "gray16-10in3-1872x1404-it8951";
    /** 2.9" 296x128 black/white/red shelf label, full refresh only. */
    public static final String BWR_2IN9 = "bwr-2in9-296x128-label";
    /** 7.3" 800x480 six-colour (Spectra 6), full refresh only. */
    public static final String SPECTRA6_7IN3 = "spectra6-7in3-800x480";

    private PanelProfiles() {
    }

    public static List<PanelProfile> all() {
        return List.of(load(BW_7IN5), load(GRAY16_10IN3), load(BWR_2IN9), load(SPECTRA6_7IN3));
    }

    /** The panel a display class is rendered for; empty for HD screens. */
    public static Optional<PanelProfile> forDisplayClass(DisplayClass displayClass) {
        switch (displayClass) {
            case EINK_BW:
                return Optional.of(load(BW_7IN5));
            case EINK_GRAY16:
                return Optional.of(load(GRAY16_10IN3));
            case EINK_BWR_LABEL:
                return Optional.of(load(BWR_2IN9));
            default:
                return Optional.empty();
        }
    }

    public static PanelProfile load(String id) {
        String path = "/eink/profiles/" + id + ".json";
        try (InputStream in = PanelProfiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no panel profile '" + id + "' (looked for " + path + ")");
            }
            PanelProfile profile = ProtocolJson.mapper().readValue(in, PanelProfile.class);
            if (!profile.id().equals(id)) {
                throw new IllegalArgumentException(path + " declares id " + profile.id());
            }
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read panel profile " + path, e);
        }
    }
}
