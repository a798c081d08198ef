package com.storefront.signage.node.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.eink.EinkPipeline;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import com.storefront.signage.core.render.PanelFrame;
import com.storefront.signage.node.TestClock;
import com.storefront.signage.node.play.FrameInfo;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EinkOutputTest {
    private static final PanelProfile BW = PanelProfiles.load(PanelProfiles.BW_7IN5);
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final FrameInfo INFO = new FrameInfo(FrameInfo.ITEM, "item", "slide", null, "v1", "eink-bw", "now");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void anUnchangedFrameDoesNotDriveThePanelAndAChangedOneDrivesOnlyPartOfIt() throws IOException {
        SimulatedPanel panel = SimulatedPanel.inMemory(BW, clock);
        EinkOutput output = new EinkOutput(BW, PanelDriver.simulated(panel), null, "display-1", 7400.0, clock);

        output.showPanel(new PanelFrame(sign(90), List.of()), INFO, SOFIA, "display-1");
        long afterFirstPaint = panel.totals().updates();
        output.showPanel(new PanelFrame(sign(90), List.of()), INFO, SOFIA, "display-1");
        assertEquals(afterFirstPaint, panel.totals().updates(), "the same frame again is skipped");

        long areaBefore = panel.totals().refreshedArea();
        output.showPanel(new PanelFrame(sign(50), List.of()), INFO, SOFIA, "display-1");

        assertTrue(panel.totals().updates() > afterFirstPaint);
        assertTrue(panel.totals().refreshedArea() - areaBefore < BW.bounds().area() / 10, "a partial update of the price only");
        assertTrue(output.battery().orElseThrow().predictedDays() > 0);
    }

    @Test
    void aFrameOfTheWrongSizeIsRefusedWithAClearMessage() {
        EinkOutput output = new EinkOutput(BW, (u, f) -> { }, null, "display-1", null, clock);

        IOException e = assertThrows(IOException.class, () -> output.show(new BufferedImage(296, 128, BufferedImage.TYPE_INT_RGB), INFO));

        assertTrue(e.getMessage().contains("296x128") && e.getMessage().contains("800x480"), e.getMessage());
        assertTrue(output.battery().isEmpty(), "no battery configured");
    }

    @Test
    void aCommandedFullRefreshRaisesTheBatteryReportsDailyEnergyByExactlyTheEnergyOfAFullRefresh() throws IOException {
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        TestClock moving = new TestClock(start);
        SimulatedPanel panel = SimulatedPanel.inMemory(BW, moving);
        EinkOutput output = new EinkOutput(BW, PanelDriver.simulated(panel), null, "display-1", 7400.0, moving);
        output.showPanel(new PanelFrame(sign(90), List.of()), INFO, SOFIA, "display-1");
        // a whole day sampled, so the report counts the last day's energy as it is, not scaled up
        moving.advance(Duration.ofDays(1));
        double before = output.battery().orElseThrow().millijoulesPerDay();
        long updatesBefore = panel.totals().updates();

        int sent = output.cleanRefresh();

        // a first paint is a clean full refresh of the frame, costed by the pipeline as every wake is
        double fullRefresh = new EinkPipeline(BW, SOFIA, "display-1").wake(sign(90), List.of(), start).millijoules();
        assertEquals(fullRefresh, output.battery().orElseThrow().millijoulesPerDay() - before, 1e-6);
        assertEquals(updatesBefore + sent, panel.totals().updates(), "the refresh reached the panel");
    }

    private static BufferedImage sign(int priceWidth) {
        BufferedImage image = new BufferedImage(BW.width(), BW.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, BW.width(), BW.height());
        g.setColor(Color.BLACK);
        g.fillRect(40, 40, 300, 60);
        g.fillRect(510, 205, priceWidth, 30);
        g.dispose();
        return image;
    }
}
