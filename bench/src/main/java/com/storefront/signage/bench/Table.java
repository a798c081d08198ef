package com.storefront.signage.bench;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, for benchmark output. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    Table row(Object... cells) {
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = String.valueOf(cells[i]);
        }
        rows.add(r);
        return this;
    }

    String render() {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < rows.size(); n++) {
            String[] r = rows.get(n);
            for (int i = 0; i < columns; i++) {
                out.append(i == 0 ? "| " : " | ").append(String.format("%-" + width[i] + "s", r[i]));
            }
            out.append(" |\n");
            if (n == 0) {
                for (int i = 0; i < columns; i++) {
                    out.append(i == 0 ? "|-" : "-|-").append("-".repeat(width[i]));
                }
                out.append("-|\n");
            }
        }
        return out.toString();
    }
}
