namespace Consultations.Web;

/// <summary>Marker for the one resource file (Resources/SharedResource.*.resx) that holds every user-facing string.</summary>
public sealed class SharedResource;
