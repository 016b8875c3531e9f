using System.CommandLine;
using ReportPipeline.Alignment;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Writers.Parallel;

namespace ReportPipeline.Cli;

/// <summary>
/// <c>reportpipeline align ORIGINAL TRANSLATION -o DIR</c>: aligns two editions of one report and writes a parallel
/// HTML page, a bilingual Word file, TMX and JSON pairs into DIR, then prints a summary of what paired and what not.
/// </summary>
internal static class AlignCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var original = new Argument<string>("original") { Description = "The original edition (any input format)." };
        var translation = new Argument<string>("translation") { Description = "Its translation (any input format)." };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the aligned outputs.", Required = true };
        var sentences = new Option<bool>("--sentences") { Description = "Also align the sentences inside each paragraph pair (TMX then holds sentence pairs)." };
        var layout = new Option<string>("--layout") { Description = "Word layout: 'table' (two columns, the default) or 'interleaved' (each paragraph followed by its translation)." };
        layout.DefaultValueFactory = _ => "table";
        layout.AcceptOnlyFromAmong("table", "interleaved");
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show the details of a failure." };
        var command = new Command("align", "Align two editions of one report (original and translation) into parallel HTML, bilingual Word, TMX and JSON pairs.")
        {
            original, translation, output, sentences, layout, verbose,
        };
        command.SetAction(result =>
        {
            string a = result.GetValue(original)!, b = result.GetValue(translation)!;
            bool details = result.GetValue(verbose);
            ReportDocument first, second;
            try { first = ReportConverter.Read(a); }
            catch (Exception e) when (e is ReportReadException or IOException or UnauthorizedAccessException) { CliApp.ReportFailure(stderr, a, e, details); return CliApp.InputFailed; }
            try { second = ReportConverter.Read(b); }
            catch (Exception e) when (e is ReportReadException or IOException or UnauthorizedAccessException) { CliApp.ReportFailure(stderr, b, e, details); return CliApp.InputFailed; }

            EditionAlignment alignment;
            try { alignment = EditionAligner.Align(first, second, AlignmentOptions.Default with { Sentences = result.GetValue(sentences) }); }
            catch (EditionMismatchException e)
            {
                stderr.WriteLine($"reportpipeline: error: {CliApp.OneLine(a)} and {CliApp.OneLine(b)}: {CliApp.OneLine(e.Message)}");
                return CliApp.InputFailed;
            }

            string folder = result.GetValue(output)!;
            string stem = Path.Combine(folder, Path.GetFileNameWithoutExtension(a));
            IAlignmentWriter[] writers =
            [
                new ParallelHtmlWriter(), new BilingualDocxWriter(result.GetValue(layout) == "interleaved"), new TmxWriter(), new AlignmentJsonWriter(),
            ];
            try
            {
                Directory.CreateDirectory(folder);
                using var files = new AtomicFileSet();
                foreach (var writer in writers) files.Write(stem + writer.Suffix, stream => writer.Write(alignment, stream));
                files.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { CliApp.ReportFailure(stderr, folder, e, details); return CliApp.InputFailed; }
            stdout.Write(AlignmentSummary.Render(alignment, a, b));
            return CliApp.Success;
        });
        return command;
    }
}
