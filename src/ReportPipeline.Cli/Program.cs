using ReportPipeline.Decoding;
using ReportPipeline.Structure;
using ReportPipeline.Writers.Json;
var doc = StructureRecovery.Recover(TextDecoder.Decode(File.ReadAllBytes(args[0])));
new JsonReportWriter().Write(doc, Console.OpenStandardOutput());
