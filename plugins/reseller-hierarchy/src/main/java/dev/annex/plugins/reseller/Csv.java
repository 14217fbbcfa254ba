package dev.annex.plugins.reseller;

/** CSV rows (RFC 4180) that a spreadsheet opens as text, never as a formula. */
final class Csv {

    private Csv() {
    }

    static String row(String... cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(cell(cells[i]));
        }
        return row.append("\r\n").toString();
    }

    /**
     * Quoted when it holds a comma, quote or line break; a leading =, +, -, @ or tab is prefixed
     * with ' so that a name such as "=HYPERLINK(…)" stays text (CSV injection).
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
