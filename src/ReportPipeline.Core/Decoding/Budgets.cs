namespace ReportPipeline.Decoding;

/// <summary>
/// What one input may cost while it is read. Every real report passes the defaults with room to spare; a file that
/// exceeds one is refused with one line naming the budget, in bounded time and memory, before the cost is paid.
/// Raise a budget for an unusual corpus (an archive's 5,000-row statistical annex, say) with a record of your own.
/// </summary>
public sealed record Budgets
{
    public static Budgets Default { get; } = new();

    /// <summary>Bytes of one input file.</summary>
    public long MaxInputBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Inflated bytes of one XML part of a Word package (document.xml, footnotes.xml, …).</summary>
    public long MaxPartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Inflated bytes of a whole Word package, pictures included.</summary>
    public long MaxPackageBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Inflated bytes of one PDF stream.</summary>
    public long MaxPdfStreamBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Inflated bytes of every PDF stream together, counting a stream once for each time a page's contents name it.</summary>
    public long MaxPdfContentBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Grid positions of one table after its spans (rows × columns a cell covers, summed).</summary>
    public long MaxTableCells { get; init; } = 1_000_000;

    /// <summary>
    /// Nesting of elements (HTML, the XML parts of a Word package). Markdown's quotes, lists and emphasis stop at
    /// Markdig's own limit, below this one.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>
    /// Tables within tables (Word, HTML). A report nests a table in a table now and then; far deeper is no layout a
    /// person made, and is refused before the document's tree is built.
    /// </summary>
    public int MaxTableNestingDepth { get; init; } = 64;

    /// <summary>Footnotes and endnotes of one report.</summary>
    public int MaxNotes { get; init; } = 200_000;

    /// <summary>Bytes of the images of one report together (pictures in a Word package, image files or data URIs of a page).</summary>
    public long MaxImageBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Characters of decoded text.</summary>
    public long MaxTextChars { get; init; } = 64L * 1024 * 1024;

    /// <summary>Report files found by walking the folders of one command.</summary>
    public int MaxFilesPerWalk { get; init; } = 100_000;

    private static readonly AsyncLocal<Budgets?> InForce = new();

    /// <summary>The budgets of the conversion running on this thread (readers deep in a call chain check against them).</summary>
    public static Budgets Current => InForce.Value ?? Default;

    /// <summary>Puts budgets in force for the calls made until the returned scope is disposed.</summary>
    public static IDisposable Use(Budgets budgets)
    {
        var previous = InForce.Value;
        InForce.Value = budgets;
        return new Scope(() => InForce.Value = previous);
    }

    /// <summary>
    /// Refuses an input that is over a budget: one line naming the budget as an options file names it
    /// ("budgets.maxImageBytes") and how to raise it.
    /// </summary>
    public static ReportReadException Exceeded(string what, string budget, long limit) =>
        new($"{what}, over the budget of {limit:N0} (budgets.{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(budget)}); raise it with --options if the file is genuine");

    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
