using System.Globalization;

namespace Consultations.Infrastructure.Auditing;

/// <summary>How audit records name the things they are about, so that every writer names a reply the same way.</summary>
public static class AuditKeys
{
    /// <summary>An administration's reply to a circular: "circular id/Member State code".</summary>
    public static string Reply(int circularId, string memberStateCode) =>
        string.Create(CultureInfo.InvariantCulture, $"{circularId}/{memberStateCode}");
}
