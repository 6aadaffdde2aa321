using Consultations.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Consultations.Testing;

/// <summary>The portal's own resources, read the way the running portal reads them, for tests without a host.</summary>
public static class Words
{
    private static readonly IStringLocalizerFactory Resources = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    private static readonly IStringLocalizer Shared = Resources.Create(typeof(SharedResource));

    public static IStringLocalizer Localizer() => Shared;

    public static IStringLocalizerFactory Factory() => Resources;
}
