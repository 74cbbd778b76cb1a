/**
 * CSV that a spreadsheet opens as data, never as formulas: every CSV file or stream Handover writes
 * goes through {@link org.handover.io.csv.SafeCsv} (FastCSV) or {@link
 * org.handover.io.csv.CsvCell#sql} (DuckDB's COPY).
 *
 * <p>A text cell that begins with {@code = + - @}, a tab or a carriage return would be taken as a
 * formula by Excel, LibreOffice or Google Sheets (CSV injection). Following OWASP's guidance, such
 * a text cell is written with a single quote before it, and quoted; the quote makes the spreadsheet
 * show the text as text. Numbers are told apart by type, not by looking at the text: a cell written
 * from a number (say -0.25) stays the number. Only a cell whose type is not known (a rejected row's
 * original fields) is kept as it is when it reads as a plain decimal number.
 */
package org.handover.io.csv;
