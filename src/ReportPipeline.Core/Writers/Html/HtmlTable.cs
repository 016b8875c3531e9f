using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Html;

/// <summary>A table with caption, thead (th with scope, colspan, rowspan) and tbody (cells starting in the first column are row headers).</summary>
internal static class HtmlTable
{
    public static void Write(StringBuilder html, Table table, HtmlInlines inlines)
    {
        html.Append("<figure class=\"table\"").Append(HtmlReportWriter.Lang(table.Language)).Append(">\n<table>\n");
        if (!table.Caption.IsEmpty) html.Append("<caption>").Append(inlines.Render(table.Caption)).Append("</caption>\n");
        if (!table.Header.IsEmpty)
        {
            html.Append("<thead>\n");
            foreach (var row in table.Header)
            {
                html.Append("<tr>");
                foreach (var cell in row.Cells)
                    AppendCell(html, "th", cell.ColumnSpan > 1 ? "colgroup" : "col", cell, inlines);
                html.Append("</tr>\n");
            }
            html.Append("</thead>\n");
        }
        html.Append("<tbody>\n");
        var grid = TableGrid.Build(table.Body);
        for (int r = 0; r < grid.RowCount; r++)
        {
            html.Append("<tr>");
            for (int c = 0; c < grid.ColumnCount; c++)
            {
                if (grid[r, c] is not { IsOrigin: true } slot) continue;
                bool rowHeader = c == 0;
                AppendCell(html, rowHeader ? "th" : "td", rowHeader ? "row" : null, slot.Cell, inlines);
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</figure>\n");
    }

    /// <summary>A header cell with no text is a data cell: an empty header names nothing to a screen reader.</summary>
    private static void AppendCell(StringBuilder html, string tag, string? scope, TableCell cell, HtmlInlines inlines)
    {
        if (tag == "th" && cell.Content.PlainText().Trim().Length == 0) (tag, scope) = ("td", null);
        html.Append('<').Append(tag);
        if (scope is not null) html.Append(" scope=\"").Append(scope).Append('"');
        if (cell.ColumnSpan > 1) html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
        if (cell.RowSpan > 1) html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
        html.Append('>').Append(inlines.Render(cell.Content)).Append("</").Append(tag).Append('>');
    }
}
