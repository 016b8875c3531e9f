using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ReportPipeline.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(ReportPipeline.Benchmarks.ReaderBenchmarks).Assembly).Run(args);
