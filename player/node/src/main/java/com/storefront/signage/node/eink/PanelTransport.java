package com.storefront.signage.node.eink;

/**
 * Moves 16-bit words between the host and an e-paper controller, and waits for it to be ready.
 * It knows the wire (preambles, byte order, busy pin), not what the words mean: commands and
 * registers belong to the driver ({@link It8951Panel}).
 *
 * <p>Every transfer first waits for the controller's ready line, so a caller cannot forget it;
 * {@link #waitReady()} is public for the rare wait without a transfer (after a reset). Each
 * method throws {@link PanelTimeoutException} when the controller stays busy too long.
 * Not thread-safe: one thread drives a panel.
 */
public interface PanelTransport {
    /** Sends one command code. */
    void writeCommand(int code);

    /** Sends data words (command arguments or packed pixels), each 0..0xFFFF, in order. */
    void writeWords(int... words);

    /** Reads one data word (a register value, say). */
    int readWord();

    /** Reads {@code count} data words in one transfer (device information). */
    int[] readWords(int count);

    /** Blocks until the controller says it is ready for the next transfer. */
    void waitReady();
}
