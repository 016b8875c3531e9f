using System.CommandLine;
using ReportPipeline.Pipeline;
using ReportPipeline.Writers;
using ReportPipeline.Writers.Docx;

namespace ReportPipeline.Cli;

/// <summary><c>reportpipeline convert &lt;files or folders&gt;... -o &lt;dir&gt;</c></summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = $"Report files, or folders searched recursively for {string.Join(", ", ReportConverter.SupportedExtensions)} files.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(CliValidation.NoUnknownOptions);
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder to write <input name>.<format> into (a searched folder's sub-folders are mirrored); created when missing.",
            Required = true,
        };
        output.Validators.Add(CliValidation.NotEmpty);
        var to = new Option<string[]>("--to")
        {
            Description = "Output formats, comma-separated: md, html, docx, json (default: all four).",
            AllowMultipleArgumentsPerToken = true,
        };
        var strict = new Option<bool>("--strict") { Description = "Treat recovery warnings as errors: such a file fails and nothing is written for it." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show every warning with its location, and the details of a failure." };
        var optionsFile = OptionsFile.Create();
        var embedImages = new Option<bool>("--embed-images") { Description = "Put images into the Markdown, HTML and JSON as data URIs instead of a <name>_files folder beside them." };
        var referenceDocx = new Option<string>("--reference-docx")
        {
            Description = "A Word file whose styles, list numbering, page setup, headers and footers the Word output takes " +
                          "(as pandoc's --reference-doc); styles it lacks are added from the house style, with a warning.",
        };
        var command = new Command("convert",
            "Convert reports to Markdown, HTML, Word and JSON, in parallel on all cores. Each output is written to a " +
            "temporary file and renamed when complete, so a failed conversion leaves existing outputs untouched. " +
            "Exit code 1 when any input failed; the others are still converted.")
        {
            inputs, output, to, strict, verbose, referenceDocx, optionsFile, embedImages,
        };
        command.SetAction(result =>
        {
            IReadOnlyList<IReportWriter> writers;
            try { writers = ParseFormats(result.GetValue(to)); }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"reportpipeline: {e.Message}");
                return CliApp.UsageError;
            }
            if (!OptionsFile.TryLoad(result.GetValue(optionsFile), stderr, out var conversion)) return CliApp.UsageError;
            if (result.GetValue(referenceDocx) is { } templatePath)
            {
                if (ReferenceTemplate.Load(templatePath, stderr) is not { } template) return CliApp.UsageError;
                writers = [.. writers.Select(w => w is DocxReportWriter ? new DocxReportWriter(template) : w)];
            }
            using var interrupt = new Interrupt();
            var (jobs, errors) = ConversionPlan.Make(result.GetValue(inputs)!, result.GetValue(output)!, budgets: conversion.Budgets);
            var options = new BatchOptions(writers, result.GetValue(strict), result.GetValue(verbose), conversion) { EmbedImages = result.GetValue(embedImages) };
            return BatchRunner.Run(jobs, errors, options, new ConsoleReporter(stdout, stderr, interactive, options.Verbose), interrupt.Token);
        });
        return command;
    }

    private static IReadOnlyList<IReportWriter> ParseFormats(string[]? values)
    {
        var formats = (values ?? []).SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (values is { Length: > 0 } && formats.Count == 0)
            throw new ArgumentException($"--to names no format (use {string.Join(", ", ReportConverter.AllWriters.Select(w => w.Format))})");
        return formats.Count == 0
            ? ReportConverter.AllWriters
            : formats.Distinct(StringComparer.OrdinalIgnoreCase).Select(ReportConverter.WriterFor).ToList();
    }
}
