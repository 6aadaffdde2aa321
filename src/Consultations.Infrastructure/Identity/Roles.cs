namespace Consultations.Infrastructure.Identity;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string TsbStaff = "TsbStaff";
    public const string Secretariat = "Secretariat";
    public const string Delegate = "Delegate";

    public static readonly IReadOnlyList<string> All = [Administrator, TsbStaff, Secretariat, Delegate];
}
