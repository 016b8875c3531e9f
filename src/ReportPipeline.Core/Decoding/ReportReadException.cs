namespace ReportPipeline.Decoding;

/// <summary>Bad input: the message is one line, naming the problem; the CLI adds the file name.</summary>
public sealed class ReportReadException(string message, Exception? inner = null) : Exception(message, inner);
