namespace Consultations.Web.Settings;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Creates demo accounts on first run; honoured in the Development environment only.</summary>
    public bool SeedAccounts { get; set; }

    /// <summary>Lets demo delegates reply without two-factor; honoured in the Development environment only.</summary>
    public bool SkipTwoFactor { get; set; }
}
