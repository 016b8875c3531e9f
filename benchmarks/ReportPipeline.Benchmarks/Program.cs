using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ReportPipeline.Benchmarks -- --filter '*' [--job short]
// the PDF stages alone beside pdftotext: --filter '*PdfStage*' --job short --inProcess (docs/PERFORMANCE.md, "Session 8")
BenchmarkSwitcher.FromAssembly(typeof(ReportPipeline.Benchmarks.ReaderBenchmarks).Assembly).Run(args);
