package com.storefront.signage.node.eink;

/** IT8951 command codes and registers the driver uses (from the IT8951 I80/SPI programming guide). */
final class It8951Protocol {
    static final int SYS_RUN = 0x0001;
    static final int STANDBY = 0x0002;
    static final int SLEEP = 0x0003;
    static final int REG_RD = 0x0010;
    static final int REG_WR = 0x0011;
    static final int LD_IMG_AREA = 0x0021;
    static final int LD_IMG_END = 0x0022;
    static final int DPY_AREA = 0x0034;
    static final int VCOM = 0x0039;
    static final int GET_DEV_INFO = 0x0302;

    /** Packed-write enable: without it the controller takes one pixel per word, whatever the bpp. */
    static final int I80CPCR = 0x0004;
    /** Load-image start address, low word; the high word is at {@code LISAR + 2}. */
    static final int LISAR = 0x0208;
    /** Display engine status: non-zero while a waveform is still being driven. */
    static final int LUTAFSR = 0x1224;

    /** {@code GET_DEV_INFO} answers width, height, buffer address (low, high), firmware[8], LUT[8]. */
    static final int DEV_INFO_WORDS = 20;

    /** Bits-per-pixel code of {@code LD_IMG_AREA}: 2bpp=0, 3bpp=1, 4bpp=2, 8bpp=3. */
    static final int BPP_4 = 2;
    /** Endianness code of {@code LD_IMG_AREA}; see {@link FourBitPacker} for what it means for nibbles. */
    static final int LITTLE_ENDIAN = 0;
    static final int ROTATE_0 = 0;

    /** VCOM command argument: set (0 would read it back). */
    static final int VCOM_SET = 1;

    private It8951Protocol() {
    }
}
