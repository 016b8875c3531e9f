using System.Text.Json.Serialization;
using ReportPipeline.Decoding;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Pipeline;

/// <summary>
/// Every threshold of a conversion, in one record: structure recovery's (shared by every reader) and the PDF reader's
/// layout stages, and the budgets every reader keeps to. <see cref="Default"/> suits government reports; <see cref="ConversionOptionsFile"/> reads a JSON file
/// that changes some of them (<c>--options FILE.json</c>).
/// </summary>
public sealed record ConversionOptions
{
    public static readonly ConversionOptions Default = new();

    /// <summary>Structure recovery: headings, leads, notes, glossaries, title block, tables, paragraph layout of plain text.</summary>
    public StructureOptions Structure { get; init; } = StructureOptions.Default;

    /// <summary>The PDF reader's layout stages (rulings, lines, furniture, footnote zones, paragraphs), each with its defaults.</summary>
    [JsonInclude]
    internal PdfReaderOptions Pdf { get; init; } = PdfReaderOptions.Default;

    /// <summary>The HTML reader's thresholds for telling a web page's article from its menus and footers.</summary>
    public Readers.Html.HtmlReaderOptions Html { get; init; } = Readers.Html.HtmlReaderOptions.Default;

    /// <summary>What one input may cost while it is read (bytes, cells, depth, notes, files of a folder walk); over one, the file is refused.</summary>
    public Budgets Budgets { get; init; } = Budgets.Default;
}
