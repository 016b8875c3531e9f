using ReportPipeline.Cli;

namespace ReportPipeline.Tests.Serve;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--host", "example.org", "not localhost, * or an IP address")]
    [InlineData("--port", "70000", "not a port number")]
    [InlineData("--workers", "0", "at least 1")]
    [InlineData("--max-size-mb", "0", "at least 1")]
    public void A_bad_serve_option_is_a_usage_error_before_anything_listens(string option, string value, string problem)
    {
        var stderr = new StringWriter();
        Assert.Equal(CliApp.UsageError, CliApp.Run(["serve", option, value], new StringWriter(), stderr));
        Assert.Contains(problem, stderr.ToString());
    }
}
