package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EinkPipelineTest {
    private static final PanelProfile BW = PanelProfiles.load(PanelProfiles.BW_7IN5);
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final Instant NOON = Instant.parse("2026-11-23T10:00:00Z");
    private static final Rect PRICE = new Rect(500, 200, 120, 40);

    @Test
    void firstWakePaintsTheWholePanelCleanAndAnUnchangedWakeSendsNothing() {
        EinkPipeline pipeline = new EinkPipeline(BW, SOFIA, "display-1");

        EinkPipeline.Wake first = pipeline.wake(sign(false), List.of(), NOON);
        EinkPipeline.Wake second = pipeline.wake(sign(false), List.of(), NOON.plusSeconds(60));

        assertEquals(List.of(BW.bounds()), first.updates().stream().map(PanelUpdate::area).toList());
        assertTrue(first.updates().get(0).clean());
        assertTrue(second.skipped());
        assertEquals(0, second.bytesMoved());
        assertEquals(BW.wakeMillijoules(), second.millijoules(), 1e-9, "a skipped wake costs only the wake");
    }

    @Test
    void aPriceChangeRefreshesOnlyAroundThePriceWithTheFastBlackWhiteWaveform() {
        EinkPipeline pipeline = new EinkPipeline(BW, SOFIA, "display-1");
        pipeline.wake(sign(false), List.of(), NOON);

        EinkPipeline.Wake wake = pipeline.wake(sign(true), List.of(), NOON.plusSeconds(60));

        assertFalse(wake.skipped());
        for (PanelUpdate u : wake.updates()) {
            assertEquals(Waveform.DU, u.waveform());
            assertTrue(u.area().intersects(PRICE), u + " misses the price");
            assertTrue(u.area().area() < 4 * PRICE.area(), u + " is far larger than the price box");
            assertEquals(0, u.area().x() % BW.fastAlignment());
        }
        assertTrue(wake.bytesMoved() < BW.rowBytes(BW.width()) * BW.height() / 10);
    }

    @Test
    void anUnchangedPanelStillGetsItsDailyCleanRefreshAtTheStoresOffHour() {
        EinkPipeline pipeline = new EinkPipeline(BW, SOFIA, "display-1");
        pipeline.wake(sign(false), List.of(), NOON);

        // 04:10 Sofia time the next day: past 03:00 plus any stagger within the hour
        EinkPipeline.Wake nextNight = pipeline.wake(sign(false), List.of(), Instant.parse("2026-11-24T02:10:00Z"));
        EinkPipeline.Wake after = pipeline.wake(sign(false), List.of(), Instant.parse("2026-11-24T02:11:00Z"));

        assertFalse(nextNight.skipped());
        assertTrue(nextNight.updates().stream().allMatch(PanelUpdate::clean));
        assertTrue(after.skipped());
    }

    @Test
    void aCommandedCleanRefreshRepaintsTheWholePanelAndCostsWhatAFirstPaintOfTheSameFrameCosts() {
        for (PanelProfile profile : PanelProfiles.all()) {
            EinkPipeline pipeline = new EinkPipeline(profile, SOFIA, "display-1");
            pipeline.wake(block(profile, 10), List.of(), NOON);
            pipeline.wake(block(profile, 20), List.of(), NOON.plusSeconds(60));
            EinkPipeline.Wake firstPaint = new EinkPipeline(profile, SOFIA, "display-2").wake(block(profile, 20), List.of(), NOON);

            EinkPipeline.Wake refresh = pipeline.cleanRefresh(NOON.plusSeconds(120));

            assertTrue(refresh.updates().stream().allMatch(PanelUpdate::clean), profile.id());
            assertEquals(firstPaint.updates(), refresh.updates(), profile.id());
            assertEquals(firstPaint.bytesMoved(), refresh.bytesMoved(), profile.id());
            assertEquals(firstPaint.millijoules(), refresh.millijoules(), 1e-9, profile.id());
            assertTrue(pipeline.wake(block(profile, 20), List.of(), NOON.plusSeconds(180)).skipped(),
                    profile.id() + ": the glass already shows this frame");
        }
    }

    @Test
    void aCleanRefreshBeforeAnythingWasPaintedIsRefused() {
        EinkPipeline pipeline = new EinkPipeline(BW, SOFIA, "display-1");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pipeline.cleanRefresh(NOON));

        assertTrue(e.getMessage().contains("nothing shown"), e.getMessage());
    }

    /** White with a black bar {@code width} pixels wide, at any panel's size. */
    private static BufferedImage block(PanelProfile profile, int width) {
        BufferedImage image = new BufferedImage(profile.width(), profile.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, profile.width(), profile.height());
        g.setColor(Color.BLACK);
        g.fillRect(8, 8, width, profile.height() / 4);
        g.dispose();
        return image;
    }

    private static BufferedImage sign(boolean newPrice) {
        BufferedImage image = new BufferedImage(BW.width(), BW.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, BW.width(), BW.height());
        g.setColor(Color.BLACK);
        g.fillRect(40, 40, 300, 60);
        g.fillRect(PRICE.x() + 10, PRICE.y() + 5, newPrice ? 60 : 90, 30);
        g.dispose();
        return image;
    }
}
