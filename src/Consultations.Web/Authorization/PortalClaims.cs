namespace Consultations.Web.Authorization;

/// <summary>Claims the portal adds to the sign-in cookie, refreshed whenever they change.</summary>
public static class PortalClaims
{
    public const string MemberState = "consultations:member_state";
    public const string DesignatedFrom = "consultations:designated_from";
    public const string DesignatedUntil = "consultations:designated_until";
    public const string TwoFactorEnabled = "consultations:two_factor";
    public const string DemoAccount = "consultations:demo";
    public const string DisplayName = "consultations:display_name";
    public const string JobTitle = "consultations:job_title";
    public const string Place = "consultations:place";
    public const string Language = "consultations:language";
}
