package com.storefront.signage.core.eink;

/**
 * Where error diffusion sends a pixel's quantisation error: offsets (right of and below the
 * pixel, as seen in the scan direction) and their weights.
 */
enum ErrorKernel {
    FLOYD_STEINBERG(new int[] {1, -1, 0, 1}, new int[] {0, 1, 1, 1}, new float[] {7, 3, 5, 1}, 16),
    /** Passes on only 6/8 of the error: loses detail in extreme tones, gives crisper mid-tones. */
    ATKINSON(new int[] {1, 2, -1, 0, 1, 0}, new int[] {0, 0, 1, 1, 1, 2}, new float[] {1, 1, 1, 1, 1, 1}, 8),
    BURKES(new int[] {1, 2, -2, -1, 0, 1, 2}, new int[] {0, 0, 1, 1, 1, 1, 1}, new float[] {8, 4, 2, 4, 8, 4, 2}, 32);

    /** Widest reach sideways, for the margin of the error rows. */
    static final int REACH = 2;

    final int[] dx;
    final int[] dy;
    final float[] weight;
    /** Rows of error kept at once: the pixel's own row and those the kernel reaches below. */
    final int rows;

    ErrorKernel(int[] dx, int[] dy, float[] weights, float divisor) {
        this.dx = dx;
        this.dy = dy;
        this.weight = new float[weights.length];
        int deepest = 0;
        for (int i = 0; i < weights.length; i++) {
            weight[i] = weights[i] / divisor;
            deepest = Math.max(deepest, dy[i]);
        }
        this.rows = deepest + 1;
    }

    static ErrorKernel of(DitherMethod method) {
        return switch (method) {
            case FLOYD_STEINBERG -> FLOYD_STEINBERG;
            case ATKINSON -> ATKINSON;
            case BURKES -> BURKES;
            default -> throw new IllegalArgumentException(method + " is not error diffusion");
        };
    }
}
