using ReportPipeline.Decoding;
using ReportPipeline.Readers.Docx;
using ReportPipeline.Readers.Html;
using ReportPipeline.Readers.Markdown;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Readers.PlainText;
using ReportPipeline.Model;
using ReportPipeline.Writers;
using ReportPipeline.Writers.Docx;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Json;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Pipeline;

/// <summary>Reads a report with the reader for its extension and writes the chosen formats beside each other.</summary>
public sealed class ReportConverter
{
    public static readonly IReadOnlyList<IReportWriter> AllWriters =
        [new MarkdownReportWriter(), new HtmlReportWriter(), new DocxReportWriter(), new JsonReportWriter()];

    public static readonly IReadOnlyList<IReportReader> AllReaders = [new TextReportReader(), new MarkdownReportReader(), new HtmlReportReader(), new DocxReportReader(), new PdfReportReader()];

    public static IEnumerable<string> SupportedExtensions => AllReaders.SelectMany(r => r.Extensions);

    public static IReportWriter WriterFor(string format) =>
        AllWriters.FirstOrDefault(w => w.Format.Equals(format, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown output format '{format}' (use {string.Join(", ", AllWriters.Select(w => w.Format))})");

    /// <summary>The readers, each with its part of <paramref name="options"/>.</summary>
    public static IReadOnlyList<IReportReader> ReadersFor(ConversionOptions options) =>
        ReferenceEquals(options, ConversionOptions.Default) ? AllReaders :
        [new TextReportReader(options.Structure), new MarkdownReportReader(options.Structure), new HtmlReportReader(options.Structure, options.Html),
            new DocxReportReader(options.Structure), new PdfReportReader(options.Structure, options.Pdf)];

    /// <exception cref="ReportReadException">
    /// The file is missing, of an unknown format, over a budget, or not a readable report (a library's refusal put in plain words).
    /// </exception>
    /// <param name="budgets">Budgets other than <paramref name="options"/>' own (or, without options, than those in force).</param>
    public static ReportDocument Read(string path, Budgets? budgets = null, ConversionOptions? options = null)
    {
        budgets ??= options?.Budgets ?? Budgets.Current;
        if (Directory.Exists(path)) throw new ReportReadException("is a folder, not a file");
        if (!File.Exists(path)) throw new ReportReadException("no such file");
        string extension = Path.GetExtension(path).ToLowerInvariant();
        var reader = ReadersFor(options ?? ConversionOptions.Default).FirstOrDefault(r => r.Extensions.Contains(extension))
            ?? throw new ReportReadException($"unknown input format '{extension}' (supported: {string.Join(", ", SupportedExtensions)})");
        byte[] content = InputFile.Read(path, budgets);
        using (Budgets.Use(budgets))
        {
            try { return reader.Read(content, path); }
            catch (Exception e) when (ReadFailures.Explain(e) is { } refusal && !ReferenceEquals(refusal, e)) { throw refusal; }
        }
    }

    /// <summary>
    /// Converts one file; returns the paths written. The outputs are committed together or not at all, and with
    /// <paramref name="strict"/> nothing is written when recovery reported a warning. Cancelling stops before the
    /// commit and removes what was staged.
    /// </summary>
    /// <param name="embedImages">Images go into the outputs as data URIs instead of a <c>name_files/</c> folder beside them.</param>
    public static ConversionResult Convert(ConversionJob job, IReadOnlyList<IReportWriter> writers, bool strict = false,
        Budgets? budgets = null, CancellationToken cancel = default, ConversionOptions? options = null, bool embedImages = false)
    {
        cancel.ThrowIfCancellationRequested();
        var document = Read(job.Input, budgets, options);
        var warnings = document.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (strict && warnings.Count > 0)
            throw new ReportReadException($"{warnings.Count} warnings with --strict, the first: {warnings[0]}");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(job.OutputStem))!);
        var written = new List<string>();
        var images = ResourceFolder.LinksFor(job.OutputStem, document, writers, embedImages);
        using (var files = new AtomicFileSet())
        {
            foreach (var writer in writers)
            {
                cancel.ThrowIfCancellationRequested();
                string target = $"{job.OutputStem}.{writer.Format}";
                files.Write(target, stream => writer.Write(document, stream, images));
                written.Add(target);
            }
            written.AddRange(ResourceFolder.Write(files, job.OutputStem, document, images));
            cancel.ThrowIfCancellationRequested();
            files.Commit();
        }
        return new ConversionResult(job.Input, document, written);
    }
}

public sealed record ConversionResult(string Input, ReportDocument Document, IReadOnlyList<string> Outputs);
