namespace ReportPipeline.Tests.Install;

/// <summary>
/// A test that publishes or packs the program, which takes minutes on two cores: it runs when
/// REPORTPIPELINE_SLOW_TESTS=1 and is reported as skipped otherwise.
/// </summary>
public sealed class SlowFactAttribute : FactAttribute
{
    public SlowFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("REPORTPIPELINE_SLOW_TESTS") != "1")
            Skip = "publishes the program (minutes); run with REPORTPIPELINE_SLOW_TESTS=1";
    }
}
