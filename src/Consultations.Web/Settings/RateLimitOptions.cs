namespace Consultations.Web.Settings;

/// <summary>Requests per minute and per client address that the portal accepts on endpoints an attacker would flood.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in, two-factor, recovery codes, forgotten password, accepting an invitation.</summary>
    public int AccountPerMinute { get; set; } = 20;

    /// <summary>Receipt verification, open to everyone.</summary>
    public int VerifyPerMinute { get; set; } = 60;

    /// <summary>Posts that carry files (reply form, recorded replies, circular import), per signed-in account.</summary>
    public int UploadPerMinute { get; set; } = 30;

    /// <summary>API requests, per token (and per client address for the open data).</summary>
    public int ApiPerMinute { get; set; } = 120;

    /// <summary>Password-reset e-mails queued for one account per hour, whatever the number of client addresses asking.</summary>
    public int ResetMailsPerAccountPerHour { get; set; } = 3;
}
