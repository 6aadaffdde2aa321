namespace Consultations.Web.Settings;

public sealed class PortalOptions
{
    /// <summary>Where the SQLite file, logs, mail pickup and uploaded files live; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>The public address used in e-mailed links, e.g. https://consultations.itu.int.</summary>
    public string? PublicBaseUrl { get; set; }

    public static string ResolveDataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Portal:DataDirectory"] ?? "App_Data";
        return Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(environment.ContentRootPath, configured));
    }
}
