package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The slide form shows each template's thumbnail, served from the template pack. */
class TemplateThumbnailTest {
    private static final Api admin = TestServer.admin();

    @Test
    void everyListedTemplateHasAThumbnail() throws IOException {
        for (var pack : admin.get("/api/v1/templates").expect(200).json().get("items")) {
            Api.Response r = admin.get("/api/v1/templates/" + pack.get("id").asText() + "/thumbnail").expect(200);
            assertEquals("image/png", r.headers().firstValue("content-type").orElseThrow());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.body()));
            assertEquals(320, image.getWidth(), pack.get("id").asText());
        }
    }

    @Test
    void anUnknownTemplateIs404AndStrangersAre401() {
        assertEquals(404, admin.get("/api/v1/templates/no-such-template/thumbnail").status());
        assertEquals(401, new Api(TestServer.baseUrl()).get("/api/v1/templates/promotion/thumbnail").status());
    }
}
