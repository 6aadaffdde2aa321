namespace Consultations.Browser.Tests;

/// <summary>
/// A browser test. Without Debian's Chromium it reports itself skipped with the reason, except under CI (CI=true),
/// where a missing browser must fail the run rather than hide it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private const string Missing = "Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = Missing;
        }
    }
}
