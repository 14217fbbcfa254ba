package dev.annex.plugins.reseller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainCellsStayAsTheyAreAndRowsEndInCrLf() {
        assertEquals("Acme,25,\r\n", Csv.row("Acme", "25", null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"Acme, Inc.\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", Csv.row("Acme, Inc.", "say \"hi\"", "two\nlines"));
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'-1", Csv.cell("-1"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
    }
}
